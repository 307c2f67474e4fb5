import PlanModel
import VietnameseText

/// Estimates how readable the text is: the share of words that are valid Vietnamese
/// syllables, and the share that carry diacritics. Words written wholly in capitals
/// (acronyms such as UBND, CCHC, and headings) and words with digits are not counted.
enum TextQualityEstimator {
    static func estimate(_ blocks: [TextBlock]) -> TextQuality {
        var words = 0, valid = 0, marked = 0, validLetters = 0
        for block in blocks {
            var word = String.UnicodeScalarView()
            var hasDigit = false
            func finish() {
                defer { word = .init(); hasDigit = false }
                guard !word.isEmpty, !hasDigit else { return }
                let w = String(word)
                let letters = word.filter { $0.properties.isAlphabetic }
                guard !letters.isEmpty, !letters.allSatisfy({ $0.properties.isUppercase }) || letters.count == 1 && false else { return }
                words += 1
                if SyllableCheck.isValidSyllable(w) {
                    valid += 1
                    validLetters += 1
                    if SyllableCheck.hasDiacritic(w) { marked += 1 }
                }
            }
            for s in block.text.scalars {
                if s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark { word.append(s) }
                else if s.value >= 0x30 && s.value <= 0x39 { word.append(s); hasDigit = true }
                else { finish() }
            }
            finish()
        }
        guard words > 0 else { return TextQuality(words: 0, validSyllableRatio: 1, diacriticRatio: 1) }
        return TextQuality(words: words, validSyllableRatio: Double(valid) / Double(words),
                           diacriticRatio: validLetters == 0 ? 0 : Double(marked) / Double(validLetters))
    }
}
