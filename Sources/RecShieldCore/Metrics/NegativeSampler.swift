/// Draws the negatives of the sampled protocol: items a user never interacted with, uniformly and
/// without replacement. One sampler per thread; its scratch marks are reset after every user.
struct NegativeSampler {
    /// Per item: 0 free, 1 interacted with by the current user, 2 drawn for the current item.
    private var marks: [UInt8]
    private var interactedCount = 0

    /// Creates a sampler over items `0..<itemCount`.
    init(itemCount: Int) {
        marks = [UInt8](repeating: 0, count: itemCount)
    }

    /// Marks the current user's training and test items as not drawable.
    mutating func beginUser(training: ArraySlice<Int32>, test: ArraySlice<Int32>) {
        interactedCount = 0
        for item in training where marks[Int(item)] == 0 {
            marks[Int(item)] = 1
            interactedCount += 1
        }
        for item in test where marks[Int(item)] == 0 {
            marks[Int(item)] = 1
            interactedCount += 1
        }
    }

    /// Clears the marks set by ``beginUser(training:test:)``.
    mutating func endUser(training: ArraySlice<Int32>, test: ArraySlice<Int32>) {
        for item in training { marks[Int(item)] = 0 }
        for item in test { marks[Int(item)] = 0 }
        interactedCount = 0
    }

    /// Up to `count` distinct items the current user never interacted with — all of them when
    /// fewer exist. Rejection sampling when free items are plentiful, otherwise a partial
    /// Fisher–Yates shuffle of the free items.
    mutating func draw(_ count: Int, using generator: inout Xoshiro256StarStar) -> [Int32] {
        let itemCount = marks.count
        let available = itemCount - interactedCount
        if available <= count {
            return (0..<itemCount).compactMap { marks[$0] == 0 ? Int32($0) : nil }
        }
        if available <= 4 * count {
            var free = (0..<itemCount).compactMap { marks[$0] == 0 ? Int32($0) : nil }
            for position in 0..<count {
                free.swapAt(position, position + generator.nextIndex(below: free.count - position))
            }
            return Array(free.prefix(count))
        }
        var drawn: [Int32] = []
        drawn.reserveCapacity(count)
        while drawn.count < count {
            let item = generator.nextIndex(below: itemCount)
            if marks[item] == 0 {
                marks[item] = 2
                drawn.append(Int32(item))
            }
        }
        for item in drawn { marks[Int(item)] = 0 }
        return drawn
    }
}
