import PlanModel

/// Refuses a character carrying more combining marks than any real text has.
///
/// Unicode's canonical ordering sorts a run of combining marks, and Foundation sorts it
/// pairwise: one letter with 40,000 marks takes seconds in every later NFC or NFD step
/// (normaliser, folding, rules), so a small file could stall a run. Vietnamese needs at
/// most two marks per letter; Unicode's stream-safe format (UAX #15) allows 30 in a row,
/// and that is the limit here, checked once on what the reader produces.
enum CombiningMarkLimit {
    static let maxMarksInARow = 30

    /// The 1-based line number and character column of the first character with too
    /// many marks, or nil.
    static func firstViolation(in lines: [SourceLine]) -> (line: Int, column: Int)? {
        for line in lines {
            if let column = firstViolation(in: line.text) { return (line.number, column) }
        }
        return nil
    }

    static func firstViolation(in text: String) -> Int? {
        var run = 0
        var runStart = text.unicodeScalars.startIndex
        var index = text.unicodeScalars.startIndex
        for scalar in text.unicodeScalars {
            // Below U+0300 every scalar is a starter; skip the property lookup there.
            if scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass.rawValue != 0 {
                if run == 0 { runStart = index }
                run += 1
                if run > maxMarksInARow {
                    // The marks belong to the character before the run; the prefix up to
                    // the run holds no long run, so counting its characters is cheap.
                    return max(String(text.unicodeScalars[..<runStart]).count, 1)
                }
            } else {
                run = 0
            }
            index = text.unicodeScalars.index(after: index)
        }
        return nil
    }
}

extension PlanReadError {
    static func tooManyCombiningMarks(_ file: String, location: String) -> PlanReadError {
        PlanReadError(file: file, location: location,
                      message: "Một ký tự mang hơn \(CombiningMarkLimit.maxMarksInARow) dấu kết hợp liên tiếp (văn bản hỏng hoặc cố ý gây treo); từ chối đọc.",
                      messageEn: "A character carries more than \(CombiningMarkLimit.maxMarksInARow) combining marks in a row (damaged or hostile text); refused.")
    }
}
