/// A `recognise` phrase compiled for matching against folded words.
///
/// Words must appear in order and next to each other; "…" (or "...") in the phrase allows up
/// to `maxGap` other words in between, so that "kế hoạch … kiểm soát thủ tục hành chính"
/// matches "Kế hoạch hoạt động kiểm soát TTHC".
struct PhrasePattern: Sendable, Hashable {
    /// Most words a "…" may stand for; small enough that the parts stay in one statement.
    static let maxGap = 6

    /// The phrase as written in the pack.
    let text: String
    /// Folded words of each part between "…".
    let segments: [[String]]

    init(_ phrase: String) {
        text = phrase
        let parts = phrase.replacingOccurrences(of: "...", with: "…").split(separator: "…")
        segments = parts.map { FoldedTokenizer.words(String($0)) }.filter { !$0.isEmpty }
    }

    /// Whether the phrase occurs in `words` (folded, abbreviations expanded).
    func matches(_ words: [String]) -> Bool {
        guard let first = segments.first else { return false }
        var start = 0
        while let hit = Self.find(first, in: words, from: start, limit: words.count) {
            if matchRest(words, after: hit + first.count, segment: 1) { return true }
            start = hit + 1
        }
        return false
    }

    private func matchRest(_ words: [String], after position: Int, segment index: Int) -> Bool {
        guard index < segments.count else { return true }
        let segment = segments[index]
        let limit = min(words.count, position + Self.maxGap + segment.count)
        var start = position
        while let hit = Self.find(segment, in: words, from: start, limit: limit) {
            if matchRest(words, after: hit + segment.count, segment: index + 1) { return true }
            start = hit + 1
        }
        return false
    }

    /// First index ≥ `from` where `needle` starts and ends before `limit`.
    private static func find(_ needle: [String], in words: [String], from: Int, limit: Int) -> Int? {
        guard !needle.isEmpty, limit - needle.count >= from else { return nil }
        var i = from
        while i + needle.count <= limit {
            if words[i] == needle[0] {
                var j = 1
                while j < needle.count && words[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
