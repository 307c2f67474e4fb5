/// One line of the original document as decoded by a reader.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number reported to users (paragraph number for Word).
    public var number: Int
    /// The original decoded text, without its line terminator.
    public var text: String
    /// Text the reader synthesised in front of `text` that is not in the file
    /// (Word's automatic numbering, e.g. "a) "). It maps to column 1.
    public var generatedPrefix: String
    /// Structured location (Word paragraph, table cell), if any.
    public var logical: LogicalLocation?

    public init(number: Int, text: String, generatedPrefix: String = "", logical: LogicalLocation? = nil) {
        self.number = number
        self.text = text
        self.generatedPrefix = generatedPrefix
        self.logical = logical
    }
}

/// What every reader produces: the decoded lines of one file, in order.
public struct SourceText: Sendable {
    public var file: SourceFile
    public var lines: [SourceLine]
    /// Presentation facts of a structured format (Word); nil for text.
    public var formatting: DocumentFormatting?
    /// Text the reader converted from TCVN3 or VNI to Unicode; nil when there was none.
    public var legacyEncoding: LegacyEncodingUse?

    public init(file: SourceFile, lines: [SourceLine]) {
        self.file = file
        self.lines = lines
    }
}
