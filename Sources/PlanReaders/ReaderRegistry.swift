import PlanModel

/// The one entry point for reading inputs: opens the input (regular files only),
/// detects its format from its bytes (`InputFormat.detect`) and hands it to the reader
/// registered for that format.
public struct ReaderRegistry: Sendable {
    private var readers: [InputFormat: any PlanReader] = [:]

    /// No readers; `register` adds them.
    public init() {}

    /// The readers planlint ships.
    public static let standard: ReaderRegistry = {
        var registry = ReaderRegistry()
        registry.register(TextPlanReader(format: .text))
        registry.register(TextPlanReader(format: .markdown))
        registry.register(DocxPlanReader())
        registry.register(PDFPlanReader())
        return registry
    }()

    /// Adds a reader, replacing any earlier one for the same format.
    public mutating func register(_ reader: any PlanReader) { readers[reader.format] = reader }

    public func read(_ input: PlanInput) throws(PlanReadError) -> ReadDocument {
        let opened = try OpenedInput.open(input)
        let format = try InputFormat.detect(head: Array(opened.bytes.prefix(64 * 1024)), displayPath: opened.displayPath)
        guard let reader = readers[format] else {
            throw PlanReadError(file: opened.displayPath,
                                message: "Chưa đọc được định dạng này (\(format.rawValue)).",
                                messageEn: "This format cannot be read yet (\(format.rawValue)).")
        }
        return try reader.read(opened)
    }

    public func read(path: String) throws(PlanReadError) -> ReadDocument { try read(PlanInput(path: path)) }
}
