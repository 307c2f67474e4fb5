/// Text a reader found in a legacy encoding and converted to Unicode: which encoding,
/// where it first appears and how much of the document it covers.
public struct LegacyEncodingUse: Sendable, Codable, Hashable {
    public var encoding: LegacyEncoding
    /// The first converted run (Word) or line (plain text).
    public var span: SourceSpan
    /// Converted runs (Word) or lines (plain text).
    public var count: Int

    public init(encoding: LegacyEncoding, span: SourceSpan, count: Int) {
        self.encoding = encoding
        self.span = span
        self.count = count
    }
}
