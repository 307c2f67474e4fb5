import PlanModel

/// Bounds on one line (paragraph) of what a reader produces, beyond which the text is not
/// a plan but damaged or hostile input, refused before the parser sees it.
///
/// The parser's work per paragraph grows with its length and with the depth of its
/// numbering marker (every level is a candidate parent), so a 1 MB line or a marker
/// "I.1.1.1.…" three thousand levels deep stalls a run for minutes. Real plans stay far
/// below both bounds: a paragraph is a few thousand characters (a whole plan pasted on one
/// line is under 200,000), and numbering goes five or six levels deep.
enum LineLimits {
    /// Characters (Unicode scalars) in one line or Word paragraph.
    static let maxLineLength = 200_000
    /// Dotted components of a numbering marker at the start of a line ("1.2.3." has 3).
    static let maxMarkerLevels = 16

    enum Violation: Equatable {
        case tooLong(line: Int, length: Int)
        case markerTooDeep(line: Int, column: Int, levels: Int)
    }

    static func firstViolation(in lines: [SourceLine]) -> Violation? {
        for line in lines {
            let length = line.text.unicodeScalars.count
            if length > maxLineLength { return .tooLong(line: line.number, length: length) }
            if let (column, levels) = deepMarker(line.text) {
                return .markerTooDeep(line: line.number, column: column, levels: levels)
            }
        }
        return nil
    }

    /// The 1-based column and level count of a leading marker deeper than the limit:
    /// runs of up to 8 letters or digits, each followed by a full stop, after leading
    /// spaces. Only the prefix is read, so the cost is bounded by the marker itself.
    static func deepMarker(_ text: String) -> (column: Int, levels: Int)? {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var column = 1
        while i != scalars.endIndex, scalars[i] == " " || scalars[i] == "\t" {
            i = scalars.index(after: i)
            column += 1
        }
        var levels = 0
        while i != scalars.endIndex {
            var token = 0
            while i != scalars.endIndex, token < 8, isAlphanumeric(scalars[i]) {
                i = scalars.index(after: i)
                token += 1
            }
            guard token > 0, i != scalars.endIndex, scalars[i] == "." else { break }
            i = scalars.index(after: i)
            levels += 1
        }
        return levels > maxMarkerLevels ? (column, levels) : nil
    }

    private static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}

extension PlanReadError {
    /// `location` is "line:column" for text, "đoạn N, cột C" for Word.
    static func lineLimit(_ file: String, _ violation: LineLimits.Violation,
                          location: (_ line: Int, _ column: Int) -> String) -> PlanReadError {
        switch violation {
        case .tooLong(let line, let length):
            PlanReadError(file: file, location: location(line, 1),
                          message: "Một dòng dài \(length) ký tự, quá giới hạn \(LineLimits.maxLineLength) (văn bản hỏng hoặc cố ý gây treo); từ chối đọc.",
                          messageEn: "A line is \(length) characters long, over the limit of \(LineLimits.maxLineLength) (damaged or hostile text); refused.")
        case .markerTooDeep(let line, let column, let levels):
            PlanReadError(file: file, location: location(line, column),
                          message: "Số thứ tự đầu dòng có \(levels) cấp, quá giới hạn \(LineLimits.maxMarkerLevels) cấp (văn bản hỏng hoặc cố ý gây treo); từ chối đọc.",
                          messageEn: "A numbering marker has \(levels) levels, over the limit of \(LineLimits.maxMarkerLevels) (damaged or hostile text); refused.")
        }
    }
}
