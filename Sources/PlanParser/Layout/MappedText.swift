import PlanModel
import VietnameseText

/// Normalised text of one logical paragraph with, for every scalar, the original
/// line and grapheme column it came from.
///
/// The parser matches on `folded` (same length as `scalars`) and turns any range back
/// into a `SourceSpan` with `span(_:)`; it never searches the original text again.
public struct MappedText: Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    public private(set) var folded: [Unicode.Scalar] = []
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    public let file: String
    /// Word locations by line number, when the source has them.
    let logical: [Int: LogicalLocation]

    public init(file: String, logical: [Int: LogicalLocation] = [:]) {
        self.file = file
        self.logical = logical
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }
    public var string: String { string(0..<scalars.count) }

    public func string(_ range: Range<Int>) -> String {
        let r = range.clamped(to: 0..<scalars.count)
        // Encoding to UTF-8 bytes first is several times faster than appending scalars.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(r.count * 2)
        for i in r { UTF8.encode(scalars[i]) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends scalars `range` of a normalised line, collapsing runs of spaces.
    mutating func append(_ line: NormalizedLine, lineNumber: Int, range: Range<Int>) {
        for i in range {
            let s = line.scalars[i]
            if s == " ", scalars.last == " " { continue }
            scalars.append(s)
            folded.append(VietnameseFolding.fold(s))
            lines.append(Int32(lineNumber))
            columns.append(line.columns[i])
        }
    }

    mutating func appendMapped(_ s: Unicode.Scalar, folded f: Unicode.Scalar, position: SourcePosition) {
        if s == " ", scalars.last == " " { return }
        scalars.append(s)
        folded.append(f)
        lines.append(Int32(position.line))
        columns.append(Int32(position.column))
    }

    /// Appends one synthetic separator (a space or nothing) mapped to the previous scalar.
    mutating func appendSeparator(_ s: Unicode.Scalar) {
        guard let lastLine = lines.last, let lastColumn = columns.last else { return }
        if s == " ", scalars.last == " " { return }
        scalars.append(s)
        folded.append(VietnameseFolding.fold(s))
        lines.append(lastLine)
        columns.append(lastColumn + 1)
    }

    /// Removes trailing spaces and the given trailing punctuation.
    mutating func trimTrailing(_ chars: Set<Unicode.Scalar> = [" "]) {
        while let last = scalars.last, chars.contains(last) {
            scalars.removeLast(); folded.removeLast(); lines.removeLast(); columns.removeLast()
        }
    }

    public func position(at index: Int) -> SourcePosition {
        let i = max(0, min(index, scalars.count - 1))
        return SourcePosition(line: Int(lines[i]), column: Int(columns[i]))
    }

    /// The original span of scalars `range` (end exclusive).
    public func span(_ range: Range<Int>) -> SourceSpan {
        guard !scalars.isEmpty else { return SourceSpan(file: file, start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)) }
        let lower = max(0, min(range.lowerBound, scalars.count - 1))
        let upper = max(lower + 1, min(range.upperBound, scalars.count))
        let start = SourcePosition(line: Int(lines[lower]), column: Int(columns[lower]))
        let end = SourcePosition(line: Int(lines[upper - 1]), column: Int(columns[upper - 1]) + 1)
        return SourceSpan(file: file, start: start, end: end, logical: logical[start.line])
    }

    /// Located text of `range`, trimmed of surrounding spaces and the given punctuation.
    public func located(_ range: Range<Int>, trimming extra: Set<Unicode.Scalar> = []) -> Located<String>? {
        var lo = max(0, range.lowerBound), hi = min(range.upperBound, scalars.count)
        let trim: Set<Unicode.Scalar> = extra.union([" "])
        while lo < hi, trim.contains(scalars[lo]) { lo += 1 }
        while hi > lo, trim.contains(scalars[hi - 1]) { hi -= 1 }
        guard lo < hi else { return nil }
        return Located(string(lo..<hi), span: span(lo..<hi),
                       map: TextMap(file: file, lines: Array(lines[lo..<hi]), columns: Array(columns[lo..<hi]), logical: logical))
    }

    /// Index of the first non-space scalar at or after `i`.
    public func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < scalars.count, scalars[j] == " " { j += 1 }
        return j
    }

    /// Whether folded text at `i` starts with `pattern` (ASCII, lower case); spaces in the
    /// pattern match one or more spaces (or none before punctuation) in the text.
    /// Returns the index just after the match.
    public func matchFolded(_ pattern: String, at i: Int) -> Int? {
        var j = i
        var previousWasSpace = false
        for p in pattern.unicodeScalars {
            if p == " " {
                var k = j
                while k < folded.count, folded[k] == " " { k += 1 }
                j = k
                previousWasSpace = true
                continue
            }
            guard j < folded.count, folded[j] == p else { return nil }
            j += 1
            previousWasSpace = false
        }
        _ = previousWasSpace
        return j
    }

    /// Whether the folded text contains `pattern` at a word start anywhere in `range`.
    public func firstIndex(ofFolded pattern: String, in range: Range<Int>? = nil) -> Int? {
        let r = range ?? 0..<folded.count
        guard let first = pattern.unicodeScalars.first else { return nil }
        var i = r.lowerBound
        while i < r.upperBound {
            if folded[i] == first, i == 0 || !folded[i - 1].properties.isAlphabetic, matchFolded(pattern, at: i) != nil { return i }
            i += 1
        }
        return nil
    }
}
