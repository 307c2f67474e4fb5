/// One line after normalisation, with the way back to the original.
///
/// `scalars[i]` came from original grapheme column `columns[i]` (1-based) of the line.
/// Characters the reader synthesised (Word numbering) carry column 1; characters
/// removed by normalisation (emphasis markers, zero-width marks) simply have no entry.
public struct NormalizedLine: Sendable, Hashable {
    public var scalars: [Unicode.Scalar]
    public var columns: [Int32]
    public init(scalars: [Unicode.Scalar] = [], columns: [Int32] = []) {
        self.scalars = scalars
        self.columns = columns
    }

    public var string: String { String(String.UnicodeScalarView(scalars)) }
}
