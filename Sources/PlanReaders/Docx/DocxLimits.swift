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
    /// Most attributes on one XML element (Word writes a few dozen at most, namespace
    /// declarations of the root included); libxml2's duplicate check is quadratic in it.
    public var maxXMLAttributes: Int
    /// Widest table row accepted, in grid columns (Word's own limit is 63).
    public var maxTableColumns: Int
    /// Most grid cells (row widths summed) over all tables of a document, so a file of
    /// many wide rows stays small once expanded by merged-cell handling.
    public var maxTableGridCells: Int
    /// Longest paragraph accepted, in UTF-8 bytes of its text.
    public var maxParagraphBytes: Int

    public init(maxFileSize: Int = 256 << 20, maxEntries: Int = 2_000, maxUncompressedSize: Int = 64 << 20,
                maxCompressionRatio: Int = 100, ratioCheckFloor: Int = 1 << 20, maxXMLDepth: Int = 256,
                maxXMLAttributes: Int = 512, maxTableColumns: Int = 1_000, maxTableGridCells: Int = 2_000_000,
                maxParagraphBytes: Int = 1 << 20) {
        self.maxFileSize = maxFileSize
        self.maxEntries = maxEntries
        self.maxUncompressedSize = maxUncompressedSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloor = ratioCheckFloor
        self.maxXMLDepth = maxXMLDepth
        self.maxXMLAttributes = maxXMLAttributes
        self.maxTableColumns = maxTableColumns
        self.maxTableGridCells = maxTableGridCells
        self.maxParagraphBytes = maxParagraphBytes
    }

    /// 256 MB on disk, 2,000 entries, 64 MB inflated, 100:1, nesting depth 256, 512
    /// attributes per element, 1,000 columns per row, 2 million grid cells, 1 MB per paragraph.
    public static let `default` = DocxLimits()
}
