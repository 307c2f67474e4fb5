import Testing
@testable import VietnameseText

/// The TCVN3 and VNI tables, both ways, on every Vietnamese letter and on known words.
@Suite("Legacy encodings (TCVN3, VNI)")
struct LegacyTextConverterTests {
    /// Every lower-case Vietnamese letter with a mark, and its capital.
    static let letters: [Character] = Array(
        "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ")

    @Test(arguments: [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("KÕ ho¹ch c¶i c¸ch hµnh chÝnh", "Kế hoạch cải cách hành chính"),
    ])
    func tcvn3KnownWords(_ legacy: String, _ unicode: String) {
        #expect(LegacyTextConverter.convert(legacy, from: .tcvn3).text == unicode)
        #expect(LegacyTextConverter.encode(unicode, to: .tcvn3) == legacy)
    }

    @Test(arguments: [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("COÄNG HOØA", "CỘNG HÒA"),
        ("Keá hoaïch caûi caùch haønh chính", "Kế hoạch cải cách hành chính"),
    ])
    func vniKnownWords(_ legacy: String, _ unicode: String) {
        #expect(LegacyTextConverter.convert(legacy, from: .vni).text == unicode)
        #expect(LegacyTextConverter.encode(unicode, to: .vni) == legacy)
    }

    @Test(arguments: LegacyCharset.allCases)
    func everyLetterRoundTrips(_ charset: LegacyCharset) {
        for lower in Self.letters {
            let encoded = LegacyTextConverter.encode(String(lower), to: charset)
            // (A few codes read as the letter itself: TCVN3 writes "ý" as 0xFD, VNI "í" as 0xED.)
            #expect(LegacyTextConverter.convert(encoded, from: charset).text == String(lower), "\(lower) ↔ \(encoded)")
            let upper = Character(String(lower).uppercased())
            let encodedUpper = LegacyTextConverter.encode(String(upper), to: charset)
            // TCVN3 writes most capitals with the lower-case code in a capitals-only font.
            let back = LegacyTextConverter.convert(encodedUpper, from: charset, capitals: charset == .tcvn3).text
            #expect(back == String(upper), "\(upper) ↔ \(encodedUpper)")
        }
    }

    @Test func vniKeepsTheWayBack() {
        let r = LegacyTextConverter.convert("Vieät Nam", from: .vni)
        #expect(r.text == "Việt Nam")
        #expect(r.origins == [0, 1, 2, 4, 5, 6, 7, 8])
    }

    @Test func detectionFindsOldEncodingsAndLeavesUnicodeAlone() {
        let unicode = "Kế hoạch cải cách hành chính năm 2023 của Sở Công Thương tỉnh Quảng Ngãi, thực hiện các nhiệm vụ được giao."
        #expect(LegacyTextDetector.detect(unicode) == nil)
        #expect(LegacyTextDetector.detect(LegacyTextConverter.encode(unicode, to: .tcvn3)) == .tcvn3)
        #expect(LegacyTextDetector.detect(LegacyTextConverter.encode(unicode, to: .vni)) == .vni)
        // Text without diacritics is not an old encoding.
        #expect(LegacyTextDetector.detect("Ke hoach cai cach hanh chinh nam 2023 cua So Cong Thuong tinh Quang Ngai") == nil)
    }
}
