import PlanModel
@testable import PlanReaders
import Testing

/// Word's automatic numbering, rebuilt from numbering.xml and styles.xml.
@Suite("Docx automatic numbering")
struct DocxNumberingTests {
    /// Paragraph text in numbering-cases.docx → the prefix Word shows.
    static let cases: [(String, String)] = [
        // Word's letters are the English alphabet: e) follows d), never đ).
        ("letter-1", "a) "), ("letter-2", "b) "), ("letter-3", "c) "), ("letter-4", "d) "),
        ("letter-5", "e) "), ("letter-6", "f) "),
        ("upper-from-3", "C. "), ("upper-next", "D. "),
        ("roman-1", "(i) "), ("roman-2", "(ii) "), ("roman-sub-1", "I/ "), ("roman-sub-2", "II/ "),
        ("roman-3", "(iii) "), ("roman-sub-restarted", "I/ "),
        ("multi-1", "1. "), ("multi-1-1", "1.1. "), ("multi-1-2", "1.2. "), ("multi-2", "2. "),
        ("multi-2-no-restart", "2.3. "),
        ("shared-instance-continues", "3. "),
        ("override-restarts", "1. "), ("override-sub", "1.1. "),
        ("zero-padded-9", "09. "), ("zero-padded-10", "10. "),
        ("legal-top", "I. "), ("legal-sub", "1.1. "),
        ("no-suffix", "1-"),
        ("style-numbered", "g) "),
        ("style-removed-by-numId-0", ""),
        ("bullet-symbol", "- "),
        ("override-level-definition", "IV) "),
        ("unknown-instance", ""),
        ("plain", ""),
    ]

    @Test func everyCaseIsInTheFixture() throws {
        let source = try DocxFixtures.read("numbering-cases.docx")
        #expect(source.lines.map(\.text) == Self.cases.map(\.0))
    }

    @Test(arguments: cases)
    func prefix(label: String, expected: String) throws {
        let source = try DocxFixtures.read("numbering-cases.docx")
        let line = try #require(source.lines.first { $0.text == label })
        #expect(line.generatedPrefix == expected)
    }

    @Test(arguments: [
        (1, "decimal", "1"), (12, "decimalZero", "12"), (3, "decimalZero", "03"),
        (1, "lowerLetter", "a"), (4, "lowerLetter", "d"), (5, "lowerLetter", "e"), (26, "lowerLetter", "z"),
        (27, "lowerLetter", "aa"), (53, "lowerLetter", "aaa"), (2, "upperLetter", "B"),
        (4, "lowerRoman", "iv"), (9, "upperRoman", "IX"), (14, "upperRoman", "XIV"), (1994, "upperRoman", "MCMXCIV"),
        (0, "upperRoman", "0"), (5000, "lowerRoman", "5000"), (0, "lowerLetter", "0"),
        (7, "none", ""), (7, "ordinal", "7"), (7, "chineseCounting", "7"),
    ])
    func numberFormat(value: Int, format: String, expected: String) {
        #expect(WordNumberFormat.render(value, format: format) == expected)
    }
}
