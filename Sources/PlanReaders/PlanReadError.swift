/// Why a file could not be read. Always names the file and, where there is one,
/// the position (byte offset, line, or archive entry), so the CLI can print one
/// clear line and exit 2.
public struct PlanReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// Where in the file, e.g. "byte 1043", "dòng 12", "word/document.xml"; nil if the whole file.
    public var location: String?
    /// Vietnamese message.
    public var message: String
    /// English message.
    public var messageEn: String

    public init(file: String, location: String? = nil, message: String, messageEn: String) {
        self.file = file
        self.location = location
        self.message = message
        self.messageEn = messageEn
    }

    /// One line: "file:location: message".
    public func line(english: Bool = false) -> String {
        let where_ = location.map { "\(file):\($0)" } ?? file
        return "\(where_): \(english ? messageEn : message)"
    }

    public var description: String { line() }
}
