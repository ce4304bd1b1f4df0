extension MutableCollection where Self: RandomAccessCollection {
    /// Shuffles in place with the Fisher–Yates algorithm drawing from `generator`.
    ///
    /// Unlike the standard library's `shuffle(using:)`, whose draw sequence is an implementation
    /// detail, this one is fixed: for `i` from the last position down to 1, swap element `i` with
    /// element `generator.nextIndex(below: i + 1)`. Seeded results therefore stay the same across
    /// toolchains.
    ///
    /// References:
    /// - Knuth, *The Art of Computer Programming*, vol. 2, §3.4.2, Algorithm P.
    public mutating func fisherYatesShuffle(using generator: inout some RandomNumberGenerator) {
        guard count > 1 else { return }
        var last = count - 1
        while last > 0 {
            let other = generator.nextIndex(below: last + 1)
            if other != last {
                swapAt(index(startIndex, offsetBy: last), index(startIndex, offsetBy: other))
            }
            last -= 1
        }
    }
}
