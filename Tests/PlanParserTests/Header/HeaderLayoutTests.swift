import PlanModel
@testable import PlanParser
import Testing

/// One header or closing layout with what must be read, and where it starts (line, column)
/// in the sample's own text. The samples are invented for these tests.
struct HeaderLayoutCase: CustomTestStringConvertible, Sendable {
    var name: String
    var lines: [String]
    var parent: String? = nil
    var issuer: String?
    var issuerAt: (Int, Int)?
    var number: String?
    var numberAt: (Int, Int)?
    var dateISO: String?
    var dateAt: (Int, Int)?
    var kind: String?
    var title: String?
    var titleAt: (Int, Int)?
    var signer: String? = nil
    var signerAt: (Int, Int)? = nil
    var testDescription: String { name }
}

@Suite("Header layouts")
struct HeaderLayoutTests {
    static let body = ["I. MỤC ĐÍCH", "1. Mục đích", "Bảo đảm thực hiện đúng tiến độ các nhiệm vụ được giao."]

    static let cases: [HeaderLayoutCase] = [
        HeaderLayoutCase(
            name: "flattened cells with wrapped bold names",
            lines: ["|", "|", "**HỘI ĐỒNG NHÂN", "DÂN**", "**XÃ BÌNH MINH**", "-------", "|", "**CỘNG HÒA XÃ HỘI",
                    "CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc", "|", "|", "Số: 7/KH-HĐND", "|",
                    "*Bình Minh, ngày 05", "tháng 3 năm 2026*", "|", "**KẾ HOẠCH**", "TỔ CHỨC KỲ HỌP THỨ HAI",
                    "NĂM 2026 CỦA HỘI ĐỒNG NHÂN DÂN XÃ"] + body,
            issuer: "HỘI ĐỒNG NHÂN DÂN XÃ BÌNH MINH", issuerAt: (3, 3), number: "7", numberAt: (13, 5),
            dateISO: "2026-03-05", dateAt: (15, 2), kind: "ke-hoach",
            title: "TỔ CHỨC KỲ HỌP THỨ HAI NĂM 2026 CỦA HỘI ĐỒNG NHÂN DÂN XÃ", titleAt: (19, 1)),
        HeaderLayoutCase(
            name: "flattened cells: plain parent above a bold issuer, công văn",
            lines: ["|", "SỞ GIAO THÔNG", "**BAN QUẢN LÝ BẾN XE**", "---", "|", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                    "Độc lập - Tự do - Hạnh phúc", "|", "Số: 215/BQL-KT", "*V/v sửa chữa mái che",
                    "khu chờ phía bắc*", "|", "*Tân An, ngày 12 tháng 01 năm 2026*", "|", "**Kính gửi:** Các nhà xe.",
                    "Ban Quản lý đề nghị các nhà xe phối hợp."],
            parent: "SỞ GIAO THÔNG", issuer: "BAN QUẢN LÝ BẾN XE", issuerAt: (3, 3), number: "215", numberAt: (9, 5),
            dateISO: "2026-01-12", dateAt: (13, 2), kind: "cong-van",
            title: "V/v sửa chữa mái che khu chờ phía bắc", titleAt: (10, 2)),
        HeaderLayoutCase(
            name: "side by side (pdftotext -layout)",
            lines: ["UBND HUYỆN SÔNG XANH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "PHÒNG NỘI VỤ                           Độc lập - Tự do - Hạnh phúc",
                    "Số: 31/QĐ-PNV                      Sông Xanh, ngày 20 tháng 4 năm 2026",
                    "", "QUYẾT ĐỊNH", "Về việc thành lập tổ kiểm tra công vụ", "năm 2026",
                    "Căn cứ Quyết định số 10/QĐ-UBND ngày 02/01/2026 của UBND huyện;", "QUYẾT ĐỊNH:", "Điều 1. Thành lập tổ kiểm tra."],
            parent: "UBND HUYỆN SÔNG XANH", issuer: "PHÒNG NỘI VỤ", issuerAt: (2, 1), number: "31", numberAt: (3, 5),
            dateISO: "2026-04-20", dateAt: (3, 36), kind: "quyet-dinh",
            title: "Về việc thành lập tổ kiểm tra công vụ năm 2026", titleAt: (6, 1)),
        HeaderLayoutCase(
            name: "one component after the other, unbolded wrapped name",
            lines: ["ỦY BAN NHÂN DÂN", "TỈNH HỒ LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 88/TB-UBND", "Hồ Lam, ngày 09 tháng 10 năm 2026", "THÔNG BÁO",
                    "KẾT LUẬN CỦA CHỦ TỊCH TẠI CUỘC HỌP", "VỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI",
                    "Ngày 08 tháng 10 năm 2026, Chủ tịch đã chủ trì cuộc họp."],
            issuer: "ỦY BAN NHÂN DÂN TỈNH HỒ LAM", issuerAt: (1, 1), number: "88", numberAt: (5, 5),
            dateISO: "2026-10-09", dateAt: (6, 1), kind: "thong-bao",
            title: "KẾT LUẬN CỦA CHỦ TỊCH TẠI CUỘC HỌP VỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI", titleAt: (8, 1)),
        HeaderLayoutCase(
            name: "collapsed onto one line, comma-less date, title ended by the authority line",
            lines: ["BỘ THỦY LỢI------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc--------------- |",
                    "Số: 4/2026/TT-BTL |", "|", "**THÔNG TƯ**", "QUY ĐỊNH VỀ KIỂM ĐỊNH ĐẬP NHỎ", "**BỘ TRƯỞNG BỘ THỦY LỢI**",
                    "*Căn cứ Luật Thủy lợi;*", "**Điều 1. Phạm vi điều chỉnh**"],
            issuer: "BỘ THỦY LỢI", issuerAt: (1, 1), number: "4", numberAt: (2, 5),
            dateISO: nil, dateAt: nil, kind: "thong-tu", title: "QUY ĐỊNH VỀ KIỂM ĐỊNH ĐẬP NHỎ", titleAt: (5, 1)),
    ]

    static func parse(_ lines: [String], file: String = "sample.txt") -> Plan {
        let src = SourceText(file: SourceFile(path: file, kind: .text),
                             lines: lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        return PlanParser.parse(src)
    }

    static func at(_ l: Located<String>?) -> (Int, Int)? { l.map { ($0.span.start.line, $0.span.start.column) } }

    @Test(arguments: cases) func readsTheHeader(_ c: HeaderLayoutCase) {
        let h = Self.parse(c.lines).header
        #expect(h.parentIssuer?.value == c.parent)
        #expect(h.issuer?.value == c.issuer)
        #expect(Self.at(h.issuer).map { [$0.0, $0.1] } == c.issuerAt.map { [$0.0, $0.1] })
        #expect(h.number?.value == c.number)
        #expect(Self.at(h.number).map { [$0.0, $0.1] } == c.numberAt.map { [$0.0, $0.1] })
        #expect(h.date?.value.iso == c.dateISO)
        #expect(h.dateLine.flatMap { h.date == nil ? nil : Self.at($0) }.map { [$0.0, $0.1] } == c.dateAt.map { [$0.0, $0.1] })
        #expect(h.kind?.id == c.kind)
        #expect(h.title?.value == c.title)
        #expect(Self.at(h.title).map { [$0.0, $0.1] } == c.titleAt.map { [$0.0, $0.1] })
    }

    static let closings: [HeaderLayoutCase] = [
        HeaderLayoutCase(name: "flattened: Nơi nhận cell then a signature cell with a wrapped authority",
                         lines: ["*Nơi nhận:*", "- Như Điều 3;", "- Lưu: VT, NV.", "|", "**TM. ỦY BAN", "NHÂN DÂN**",
                                 "**KT. CHỦ TỊCH**", "PHÓ CHỦ TỊCH", "**Trần Thị Mai**", "|"],
                         issuer: nil, number: nil, kind: nil, signer: "Trần Thị Mai", signerAt: (9, 3)),
        HeaderLayoutCase(name: "one after the other, plain name, wrapped recipient entry",
                         lines: ["Nơi nhận:", "- Các phòng chuyên môn thuộc", "UBND huyện;", "- Lưu: VT.", "TL. GIÁM ĐỐC",
                                 "CHÁNH VĂN PHÒNG", "Lý Văn Hòa"],
                         issuer: nil, number: nil, kind: nil, signer: "Lý Văn Hòa", signerAt: (7, 1)),
        HeaderLayoutCase(name: "Nơi nhận joined onto the last paragraph by a flattened cell",
                         lines: ["Đề nghị các đơn vị thực hiện./.", "|", "*Nơi", "nhận:*", "- Như trên;", "- Lưu: VT.", "|",
                                 "**Q. CỤC TRƯỞNG**", "Đỗ Minh Quân", "|"],
                         issuer: nil, number: nil, kind: nil, signer: "Đỗ Minh Quân", signerAt: (9, 1)),
    ]

    @Test(arguments: closings) func readsTheClosing(_ c: HeaderLayoutCase) throws {
        let plan = Self.parse(Self.body + c.lines)
        let offset = Self.body.count
        #expect(plan.signature?.name?.value == c.signer)
        #expect(Self.at(plan.signature?.name).map { [$0.0 - offset, $0.1] } == c.signerAt.map { [$0.0, $0.1] })
        let archive = try #require(plan.recipients?.archive)
        #expect(archive.value.hasPrefix("Lưu"))
        #expect(plan.signature?.authority != nil)
    }

    @Test func typeTableIsDefinedOnce() {
        #expect(Set(DocumentType.all.map(\.id)).count == DocumentType.all.count)
        #expect(DocumentType.withCode("QĐ")?.id == "quyet-dinh")
        #expect(DocumentType.withCode("CTr")?.id == "chuong-trinh")
        #expect(DocumentType.withID("cong-van")?.code == nil)
        #expect(DocumentTypeDetector.decide(printed: nil, symbol: "CT-CS", hasSubjectLine: false) == .congVan)
        #expect(DocumentTypeDetector.decide(printed: nil, symbol: "2025/TT-BGDĐT", hasSubjectLine: false)?.id == "thong-tu")
        #expect(DocumentTypeDetector.decide(printed: DocumentType.withID("quyet-dinh"), symbol: "VBHN-BQP", hasSubjectLine: false) == .vanBanHopNhat)
    }
}
