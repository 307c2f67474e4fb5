import Foundation

/// Results shared by the rules evaluated on one plan — a citation analysis, a coverage
/// table — computed once however many rules ask for them (ten reference rules, six
/// coverage rules).
public final class EvaluationMemo: @unchecked Sendable {
    private var values: [String: Any] = [:]
    private let lock = NSLock()

    public init() {}

    /// The value stored under `key`, computing it the first time.
    public func value<T>(_ key: String, _ compute: () -> T) -> T {
        lock.lock()
        if let v = values[key] as? T { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        values[key] = v
        lock.unlock()
        return v
    }
}
