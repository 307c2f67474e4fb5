import PlanModel

/// Plain text and Markdown: lines only; tables written in text are the parser's.
public struct TextPlanReader: PlanReader {
    public let format: InputFormat

    public init(format: InputFormat = .text) { self.format = format }

    public func read(_ input: OpenedInput) throws(PlanReadError) -> ReadDocument {
        let kind: SourceKind = format == .markdown ? .markdown : .text
        return .text(try TextReader.read(bytes: input.bytes, displayPath: input.displayPath, kind: kind), tables: [])
    }
}
