/// Why a baseline file could not be read or written, with the position of the fault so
/// a hand-edited or merge-conflicted baseline is quick to repair.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line and column of the fault, when it is inside the file.
    public var line: Int?
    public var column: Int?
    /// Vietnamese message.
    public var message: String
    /// English message.
    public var messageEn: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, messageEn: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.messageEn = messageEn
    }

    /// One line: "file:line:column: message".
    public func line(english: Bool = false) -> String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): \(english ? messageEn : message)"
    }

    public var description: String { line() }
}
