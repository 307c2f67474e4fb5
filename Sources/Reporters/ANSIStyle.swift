import PlanModel

/// Terminal colours for the text reporter; every method is the identity when colour is off,
/// so the plain output is exactly the coloured one with the escapes removed.
struct ANSIStyle: Sendable {
    let enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// The caret line under a span (green, as compilers do).
    func marker(_ text: String) -> String { wrap(text, "1;32") }
    func gutter(_ text: String) -> String { wrap(text, "34") }

    /// A severity label in its conventional colour.
    func severity(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .error: return wrap(text, "1;31")
        case .warning: return wrap(text, "1;33")
        case .info: return wrap(text, "1;36")
        }
    }
}
