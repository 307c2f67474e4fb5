/// Bounds that keep reading a hostile or broken `.docx` within fixed time and memory.
///
/// A `.docx` is a ZIP archive, so a few kilobytes on disk can claim gigabytes once
/// inflated (a "zip bomb") or hold thousands of entries. The reader checks every limit
/// on the sizes the archive declares *before* inflating a part, and again on the bytes
/// actually produced *while* inflating, so a lying header cannot get past either check.
/// Only the parts the reader needs (relationships, document, numbering, styles) are
/// ever inflated; images and other media are never opened.
public struct DocxLimits: Sendable, Hashable {
    /// Largest file accepted on disk, in bytes.
    public var maxFileSize: Int
    /// Most entries the archive may hold (a real plan has a few dozen).
    public var maxEntries: Int
    /// Most bytes inflated across all parts the reader opens.
    public var maxUncompressedSize: Int
    /// Highest inflated-to-compressed ratio accepted for one part (e.g. 100 means 100:1).
    public var maxCompressionRatio: Int
    /// Parts smaller than this once inflated are exempt from the ratio check, because
    /// tiny, repetitive XML compresses far better than 100:1 and is harmless.
    public var ratioCheckFloor: Int
    /// Deepest element nesting accepted in an XML part (a real document stays below 40).
    public var maxXMLDepth: Int

    public init(maxFileSize: Int = 256 << 20, maxEntries: Int = 2_000, maxUncompressedSize: Int = 64 << 20,
                maxCompressionRatio: Int = 100, ratioCheckFloor: Int = 1 << 20, maxXMLDepth: Int = 256) {
        self.maxFileSize = maxFileSize
        self.maxEntries = maxEntries
        self.maxUncompressedSize = maxUncompressedSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloor = ratioCheckFloor
        self.maxXMLDepth = maxXMLDepth
    }

    /// 256 MB on disk, 2,000 entries, 64 MB inflated, 100:1, nesting depth 256.
    public static let `default` = DocxLimits()
}
