import Foundation

/// Runs CPU-bound plan checks off Swift's cooperative pool, at most `width` at once, so that
/// a burst of uploads queues instead of starving the request handlers.
final class CheckGate: Sendable {
    let queue = DispatchQueue(label: "planlint.check", attributes: .concurrent)
    let slots: DispatchSemaphore

    init(width: Int) { slots = DispatchSemaphore(value: width) }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                self.slots.wait()
                defer { self.slots.signal() }
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
