import Foundation
import HummingbirdBcrypt

/// Random tokens, password hashing and the login rate limit.
enum Tokens {
    /// 32 random bytes as hex; SystemRandomNumberGenerator reads the kernel's CSPRNG.
    static func make() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// Comparison whose time does not depend on where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

public enum Passwords {
    public static func hash(_ password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }
    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}

/// Failed logins in the last `window` seconds: at most `perAccount` for one account name and
/// `perAddress` from one client address (an office shares one address, so that limit is higher).
actor LoginLimiter {
    let perAccount: Int
    let perAddress: Int
    let window: Double
    var failures: [String: [Double]] = [:]

    init(perAccount: Int = 5, perAddress: Int = 30, window: Double = 300) {
        self.perAccount = perAccount
        self.perAddress = perAddress
        self.window = window
    }

    func recent(_ key: String, _ now: Double) -> Int { (failures[key] ?? []).filter { now - $0 < window }.count }

    func blocked(account: String, address: String, now: Double = Date().timeIntervalSince1970) -> Bool {
        recent("u:" + account, now) >= perAccount || recent("ip:" + address, now) >= perAddress
    }

    func fail(account: String, address: String, now: Double = Date().timeIntervalSince1970) {
        for key in ["u:" + account, "ip:" + address] { failures[key] = (failures[key] ?? []).filter { now - $0 < window } + [now] }
        if failures.count > 10_000 { failures = failures.filter { $0.value.contains { now - $0 < window } } }
    }

    func succeed(account: String) { failures["u:" + account] = nil }
}

/// Checked but not yet submitted plans, held in memory only (never written) until the official
/// presses "Nộp kế hoạch"; bounded in count and age.
actor DraftCache {
    struct Draft: Sendable {
        var username: String
        var packID: String
        var unitID: String
        var displayName: String
        var format: UploadFormat
        var bytes: [UInt8]
        var outcome: PlanChecker.Outcome
        var created: Double
    }

    var drafts: [String: Draft] = [:]
    let capacity = 100
    let lifetime: Double = 3600

    func put(_ d: Draft) -> String {
        let now = Date().timeIntervalSince1970
        drafts = drafts.filter { now - $0.value.created < lifetime }
        while drafts.count >= capacity, let oldest = drafts.min(by: { $0.value.created < $1.value.created }) { drafts[oldest.key] = nil }
        let id = Tokens.make()
        drafts[id] = d
        return id
    }

    /// The draft, removed, if it belongs to `username` and is fresh.
    func take(_ id: String, username: String) -> Draft? {
        guard let d = drafts[id], d.username == username, Date().timeIntervalSince1970 - d.created < lifetime else { return nil }
        drafts[id] = nil
        return d
    }
}

extension Passwords {
    /// A readable random password (no look-alike characters).
    public static func generate(length: Int = 14) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }
}
