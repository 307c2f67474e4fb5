/// One original line of a plan, with the column arithmetic reporters need.
///
/// Spans count 1-based grapheme columns (what a person counts), with an exclusive end.
/// A column may point one past the last character (an empty span at the end of a line);
/// columns further out are clamped to the line so a stale span cannot crash a report.
///
/// The grapheme boundaries are found once, so splitting is constant time: a report
/// quoting one paragraph-long line for thousands of findings would otherwise walk the
/// whole line for every one of them.
struct ExcerptLine {
    let text: String
    /// Start index of every grapheme, then `text.endIndex`.
    private let boundaries: [String.Index]

    /// The line as quoted: any line terminator left by a reader is dropped.
    init(_ raw: String) {
        var text = raw
        while let last = text.unicodeScalars.last, last == "\n" || last == "\r" {
            text.unicodeScalars.removeLast()
        }
        self.text = text
        var boundaries = Array(text.indices)
        boundaries.append(text.endIndex)
        self.boundaries = boundaries
    }

    /// Number of graphemes in the line.
    var graphemeCount: Int { boundaries.count - 1 }

    /// Splits the line around the grapheme columns `[start, end)`; `end == nil` means the
    /// span runs past the end of this line (a multi-line span).
    func split(start: Int, end: Int?) -> (before: Substring, marked: Substring, after: Substring) {
        let (lower, upper) = graphemeRange(start: start, end: end)
        let lowerIndex = boundaries[lower], upperIndex = boundaries[upper]
        return (text[..<lowerIndex], text[lowerIndex..<upperIndex], text[upperIndex...])
    }

    /// The 0-based grapheme offsets `[lower, upper)` of the span, clamped to the line.
    func graphemeRange(start: Int, end: Int?) -> (lower: Int, upper: Int) {
        let count = graphemeCount
        let lower = min(max(start, 1), count + 1) - 1
        let upper = max(lower, min(max(end ?? (count + 1), 1), count + 1) - 1)
        return (lower, upper)
    }

    /// The graphemes `[lower, upper)` (0-based offsets, already within the line).
    func graphemes(_ lower: Int, _ upper: Int) -> Substring { text[boundaries[lower]..<boundaries[upper]] }

    /// Converts a 1-based grapheme column into a 1-based Unicode code point column.
    ///
    /// The code point column is one more than the number of scalars in the graphemes
    /// before the column: an NFD "ệ" is one grapheme but three scalars, so every column
    /// after it moves two to the right. A column past the end of the line keeps its
    /// distance from the end (each missing character counts as one scalar).
    func codePointColumn(forGraphemeColumn column: Int) -> Int {
        let wanted = max(column, 1) - 1
        var scalars = 0
        var graphemes = 0
        for character in text {
            if graphemes == wanted { break }
            scalars += character.unicodeScalars.count
            graphemes += 1
        }
        return scalars + (wanted - graphemes) + 1
    }
}
