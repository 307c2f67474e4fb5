/// A position in the original text of a plan file.
///
/// `line` is 1-based and counts the lines an editor shows (for a Word file: the body
/// paragraph number). `column` is the 1-based count of user-perceived characters
/// (grapheme clusters) in that original line, which is what a person counts and what
/// text and HTML reports show. Reporters that need another unit (SARIF) convert.
public struct SourcePosition: Hashable, Comparable, Codable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
