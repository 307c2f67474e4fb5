import PlanModel
import VietnameseText

/// Estimates how readable the Vietnamese text is: the share of words that are valid
/// Vietnamese syllables, and the share that carry diacritics.
///
/// Only the Vietnamese text is judged. Words written wholly in capitals (acronyms such
/// as UBND, CCHC, codes, headings) and words with digits (figures, symbols, codes in
/// tables) are not counted, and neither are paragraphs in English: many issued documents
/// carry an English translation after the Vietnamese one, which is not damage.
enum TextQualityEstimator {
    static func estimate(_ blocks: [TextBlock]) -> TextQuality {
        // Every third word is enough for an estimate (thousands of words per plan) and cuts
        // the cost on large intakes; texts under ~120 words are not judged anyway.
        var seen = 0
        var words = 0, valid = 0, marked = 0
        var blockWords: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        var hasDigit = false, hasLower = false
        func finishWord() {
            defer { word.removeAll(keepingCapacity: true); hasDigit = false; hasLower = false }
            guard !word.isEmpty, !hasDigit, hasLower || word.count == 1 else { return }
            blockWords.append(word)
        }
        func finishBlock() {
            defer { blockWords.removeAll(keepingCapacity: true) }
            guard !EnglishText.isEnglish(blockWords) else { return }
            for w in blockWords {
                seen += 1
                guard seen % 3 == 1 else { continue }
                words += 1
                if SyllableCheck.isValidSyllable(scalars: w) {
                    valid += 1
                    if w.contains(where: { VietnameseFolding.hasDiacritic($0) }) { marked += 1 }
                }
            }
        }
        for block in blocks {
            for s in block.text.scalars {
                if ScalarClass.isLetter(s) {
                    word.append(s)
                    if ScalarClass.isLowercase(s) { hasLower = true }
                } else if s.value >= 0x30 && s.value <= 0x39 {
                    word.append(s); hasDigit = true
                } else if s.value >= 0x300 && s.value < 0x370 {  // combining marks left after NFC
                    word.append(s)
                } else {
                    finishWord()
                }
            }
            finishWord()
            finishBlock()
        }
        guard words > 0 else { return TextQuality(words: 0, validSyllableRatio: 1, diacriticRatio: 1) }
        return TextQuality(words: seen, validSyllableRatio: Double(valid) / Double(words),
                           diacriticRatio: valid == 0 ? 0 : Double(marked) / Double(valid))
    }
}
