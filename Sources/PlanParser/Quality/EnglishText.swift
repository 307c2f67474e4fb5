import VietnameseText

/// Tells a paragraph in English (a translation printed with the document) from
/// Vietnamese, damaged or not, by its function words.
///
/// The words listed are common in any English paragraph and are not Vietnamese syllables,
/// so garbled OCR of Vietnamese ("cüa", "Nghj djnh", "rnrâc") does not produce them.
enum EnglishText {
    static let functionWords: Set<String> = [
        "the", "of", "and", "for", "with", "shall", "this", "that", "which", "from", "are", "is", "by",
        "be", "or", "its", "been", "has", "have", "will", "other", "such", "these", "those", "under",
        "into", "between", "was", "were", "not", "any", "their", "must", "may", "who", "where", "when",
    ]

    /// Share of function words from which a paragraph is English.
    static let minimumShare = 0.12

    /// Whether the words of one paragraph are English: at least three function words
    /// making up at least 12 % of its words.
    static func isEnglish(_ words: [[Unicode.Scalar]]) -> Bool {
        guard words.count >= 5 else { return false }
        var hits = 0
        for w in words where w.count <= 7 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: w)
            if functionWords.contains(String(view).lowercased()) { hits += 1 }
        }
        return hits >= 3 && Double(hits) >= minimumShare * Double(words.count)
    }
}
