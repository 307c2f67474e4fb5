import Foundation
import Testing
import VietnameseText

@Suite("Vietnamese text")
struct VietnameseTextTests {
    @Test(arguments: [
        ("Đơn vị chủ trì", "don vi chu tri"),
        ("THỜI GIAN THỰC HIỆN", "thoi gian thuc hien"),
        ("Sản phầm", "san pham"),
        ("Quý I/2023", "quy i/2023"),
        ("Nghị định 107/2021/NĐ-CP", "nghi dinh 107/2021/nd-cp"),
    ])
    func foldingRemovesMarksAndCase(_ input: String, _ expected: String) {
        #expect(VietnameseFolding.fold(input) == expected)
        #expect(VietnameseFolding.fold(input.decomposedStringWithCanonicalMapping) == expected)
    }

    @Test func foldingIsScalarForScalar() {
        let s = "Ủy ban nhân dân tỉnh Quảng Ngãi"
        #expect(VietnameseFolding.fold(scalars: s.unicodeScalars).count == s.unicodeScalars.count)
    }

    @Test func normaliserMapsNFDAndKeepsGraphemeColumns() {
        let line = "Tiếp nhận: Quý I".decomposedStringWithCanonicalMapping
        let n = VietnameseNormalizer.normalize(line: line)
        #expect(n.string == "Tiếp nhận: Quý I")
        // "Q" is the 12th character of the original line whatever its encoding.
        let q = n.scalars.firstIndex(of: "Q")!
        #expect(n.columns[q] == 12)
    }

    @Test func normaliserFixesExtractionGlitches() {
        let n = VietnameseNormalizer.normalize(line: "**Thời gian:** Quý\u{00A0}I – 2023 đƣợc")
        #expect(n.string == "Thời gian: Quý I - 2023 được")
        let colon = n.scalars.firstIndex(of: ":")!
        #expect(n.columns[colon] == 12, "emphasis markers removed, columns still original")
    }

    @Test func markdownHeadingHashesAreRemoved() {
        let n = VietnameseNormalizer.normalize(line: "## II. NHIỆM VỤ")
        #expect(n.string == "II. NHIỆM VỤ")
        #expect(n.columns.first == 4)
    }

    @Test(arguments: [
        ("nghiệm", true), ("thuc", true), ("hien", true), ("Quảng", true), ("nguyễn", true), ("khuyến", true),
        ("cüa", false), ("Thirc", false), ("v11", false), ("dn", false), ("hoãnh", true), ("xyz", false), ("ặẳ", false),
    ])
    func syllableValidity(_ word: String, _ valid: Bool) {
        #expect(SyllableCheck.isValidSyllable(word) == valid, "\(word)")
    }
}
