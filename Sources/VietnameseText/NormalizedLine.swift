/// One line after normalisation, with the way back to the original.
///
/// `scalars[i]` came from original grapheme column `columns[i]` (1-based) of the line.
/// Characters the reader synthesised (Word numbering) carry column 1; characters
/// removed by normalisation (emphasis markers, zero-width marks) simply have no entry.
public struct NormalizedLine: Sendable, Hashable {
    public var scalars: [Unicode.Scalar]
    public var columns: [Int32]
    /// Number of grapheme columns in the original line (for spans that end at the line end).
    public var originalWidth: Int

    public init(scalars: [Unicode.Scalar] = [], columns: [Int32] = [], originalWidth: Int = 0) {
        self.scalars = scalars
        self.columns = columns
        self.originalWidth = originalWidth
    }

    public var string: String { String(String.UnicodeScalarView(scalars)) }
    public var isBlank: Bool { scalars.allSatisfy { $0 == " " } }
}
