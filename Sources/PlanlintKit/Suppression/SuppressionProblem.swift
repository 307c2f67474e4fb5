/// A suppression marker planlint could not honour, reported as a warning so a typo in a
/// marker does not silently switch a rule off (or fail to).
public struct SuppressionProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// Vietnamese message.
    public var message: String
    /// English message.
    public var messageEn: String

    public init(file: String, line: Int, message: String, messageEn: String) {
        self.file = file
        self.line = line
        self.message = message
        self.messageEn = messageEn
    }

    /// One line: "file:line: message", in the language of the run.
    public func line(english: Bool = false) -> String {
        "\(file):\(line): \(english ? messageEn : message)"
    }

    public var description: String { line() }
}
