/// An argument that names no plan: exit 2, naming the argument.
public struct InputExpansionError: Error, Sendable, Equatable {
    public var argument: String
    public var message: String
    public var messageEn: String

    /// `argument: message`, in the user's language.
    public func line(english: Bool) -> String { "\(argument): \(english ? messageEn : message)" }
}

extension InputExpansionError {
    static func nothingMatches(_ argument: String) -> InputExpansionError {
        InputExpansionError(argument: argument,
                            message: "không có tệp kế hoạch nào (.txt, .md, .markdown, .docx, .pdf) khớp",
                            messageEn: "no plan file (.txt, .md, .markdown, .docx, .pdf) matches")
    }

    static func emptyFolder(_ argument: String) -> InputExpansionError {
        InputExpansionError(argument: argument,
                            message: "thư mục không có tệp kế hoạch nào (.txt, .md, .markdown, .docx, .pdf), hoặc tất cả đều bị loại trừ",
                            messageEn: "the folder holds no plan file (.txt, .md, .markdown, .docx, .pdf), or all of them are excluded")
    }

    static func stdinTwice() -> InputExpansionError {
        InputExpansionError(argument: "-", message: "chỉ đọc được đầu vào chuẩn một lần",
                            messageEn: "standard input can be read only once")
    }
}
