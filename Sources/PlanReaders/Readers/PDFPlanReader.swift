import PlanModel

/// PDF with a text layer, through `pdftotext`.
public struct PDFPlanReader: PlanReader {
    public init() {}

    public var format: InputFormat { .pdf }

    public func read(_ input: OpenedInput) throws(PlanReadError) -> ReadDocument {
        let source = try TemporaryFile.with(input, suffix: ".pdf") { url throws(PlanReadError) in
            try PDFTextReader.read(url: url, displayPath: input.displayPath)
        }
        return .text(source, tables: [])
    }
}
