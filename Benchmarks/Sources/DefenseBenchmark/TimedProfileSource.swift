import Dispatch
import Foundation
import RecShield

/// A fake-profile source that remembers its profiles per `(count, seed)` and times each call
/// that actually generates, so two gan-augment variants trained on the same data share one
/// trained GAN (the library's source is deterministic in `(data, count, seed)`, so the profiles
/// are the same either way) and the generator's training time can be reported.
final class TimedProfileSource: FakeProfileSource, @unchecked Sendable {
    private let source: any FakeProfileSource
    private let lock = NSLock()
    private var cache: [String: InteractionDataset] = [:]
    /// Wall-clock seconds of every generating call (GAN training plus generation).
    private(set) var seconds: [Double] = []

    init(_ source: any FakeProfileSource) {
        self.source = source
    }

    func profiles(count: Int, seed: UInt64) throws -> InteractionDataset {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(count)/\(seed)"
        if let cached = cache[key] { return cached }
        let start = DispatchTime.now().uptimeNanoseconds
        let profiles = try source.profiles(count: count, seed: seed)
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
        cache[key] = profiles
        return profiles
    }
}

/// The GAN attack (WGAN-GP) as the poisoning in the shilling study: the attacker's GAN is trained
/// on the clean training split and its profiles push the given targets.
enum GANPoisoning {
    /// The training split with `count` GAN profiles pushing `targets` appended, and the seconds
    /// the attacker's GAN took.
    static func poison(
        _ data: InteractionDataset, count: Int, targets: [Int], epochs: Int, seed: UInt64
    ) throws -> (poisoned: InteractionDataset, seconds: Double) {
        var configuration = GANConfiguration(loss: .wassersteinGP())
        configuration.epochs = epochs
        configuration.seed = seed
        let request = GANAttackRequest(
            fakeUserCount: count, targetItemIDs: targets.map { data.itemIDs.rawID(at: $0) }, goal: .push)
        let start = DispatchTime.now().uptimeNanoseconds
        let attack = try GANAttack.run(on: data, configuration: configuration, request: request)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return (attack.fakeProfiles.injected(into: data), seconds)
    }
}
