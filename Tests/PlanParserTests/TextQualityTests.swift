import Foundation
import PlanModel
import PlanParser
import PlanReaders
import Testing

/// The quality gate judges the Vietnamese text of a document, whatever else it carries.
@Suite("Text quality of the Vietnamese text")
struct TextQualityTests {
    static func quality(_ text: String) throws -> TextQuality {
        PlanParser.parse(try TextReader.read(bytes: Array(text.utf8), displayPath: "x", kind: .text)).quality
    }

    /// Clean Vietnamese prose, written for this test.
    static let vietnamese = """
    Ủy ban nhân dân tỉnh ban hành Quyết định quy định hạn ngạch thuế quan nhập khẩu đối với mặt hàng gạo năm nay.
    Các sở, ban, ngành có trách nhiệm phối hợp với cơ quan hải quan theo dõi việc thực hiện, báo cáo kết quả
    định kỳ hằng quý và đề xuất biện pháp tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện.

    """

    /// An English translation printed after it, as many issued documents carry.
    static let english = (1...12).map { _ in """
    The import tariff quota for rice shall be allocated to traders that have been licensed by the Ministry of
    Industry and Trade, and the customs authority is responsible for the supervision of the quantity imported.

    """ }.joined()

    /// Vietnamese that OCR has garbled beyond reading, written for this test.
    static let garbled = (1...6).map { _ in """
    Thirc hin huâng dn cüa B Ni v11 v vic ban hành k hoch cài cách hành chInh giai doin và hang nàm ti dja
    phuong, UBND tinh ban hành Kê hoch câi cách hành chInh To chüc triên khai Co hiu qua Chuong trInh tong the
    nhà rnrâc giai don rnôi theo Nghj quyêt cüa ChInh phü trng buâc xây d%rng nên hành chInh tinh gon hiên dai.

    """ }.joined()

    @Test("an English translation after the Vietnamese text is not damage")
    func englishTranslationIsNotDamage() throws {
        let withTranslation = try Self.quality(Self.vietnamese + Self.english)
        #expect(withTranslation.validSyllableRatio > 0.95, "\(withTranslation)")
        #expect(withTranslation.diacriticRatio > 0.5, "\(withTranslation)")
    }

    @Test("tables of figures and lists of codes are not damage")
    func figuresAndCodes() throws {
        let table = (1...30).map { "| \($0) | 1006.30.\($0) | HS-\($0)/2025 | 12.500 | UBND-KT |\n" }.joined()
        let q = try Self.quality(Self.vietnamese + table)
        #expect(q.validSyllableRatio > 0.95, "\(q)")
    }

    @Test("garbled OCR of Vietnamese is still damaged, with or without English around it")
    func garbledStaysDamaged() throws {
        #expect(try Self.quality(Self.garbled).validSyllableRatio < 0.82)
        #expect(try Self.quality(Self.garbled + Self.english).validSyllableRatio < 0.82)
    }
}
