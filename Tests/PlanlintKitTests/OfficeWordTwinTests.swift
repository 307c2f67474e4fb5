import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// Word files laid out as offices lay them out (header table, styles, automatic
/// numbering, tracked changes, a page number, a landscape appendix with the task table,
/// a product given as a bullet list, a text box, old TCVN3 and VNI fonts) give the plan model of
/// their plain-text twin. Made by scripts/make_office_docx_samples.py.
@Suite("Office-made Word files and their text twin")
struct OfficeWordTwinTests {
    static let twin = "samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong.txt"
    static let variants = ["chuan", "le-trai-25mm", "phong-arial", "co-chu-12", "quoc-hieu-khong-dam",
                           "so-trang-o-trang-dau", "so-trang-chan-trang", "hai-hang-tieu-de", "ngay-thang-trong-o-van-ban",
                           "tcvn3", "vni"]

    struct Shape: Equatable, CustomStringConvertible {
        var path, title: String
        var lead, coordinating, product, timeline: String?
        var description: String { "\(path) | \(title.prefix(30)) | \(lead ?? "-") | \(product ?? "-") | \(timeline ?? "-")" }
    }

    static func tasks(_ plan: Plan) -> [Shape] {
        plan.tasks.map {
            Shape(path: $0.path, title: $0.title.value, lead: $0.lead?.value, coordinating: $0.coordinating?.value,
                  product: $0.product?.value, timeline: $0.timeline?.value)
        }
    }

    static func header(_ h: Header) -> [String?] {
        [h.parentIssuer?.value, h.issuer?.value, h.numberLine?.value, h.number?.value, h.symbol?.value, h.place?.value,
         h.dateLine?.value, h.date.map { "\($0.value)" }, h.documentType?.value, h.title?.value,
         h.nationalName?.value, h.motto?.value]
    }

    @Test(arguments: variants)
    func wordGivesTheTwinsModel(_ variant: String) throws {
        let text = try PlanLoader.load(path: RepositoryPaths.file(Self.twin))
        let word = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong-\(variant).docx"))
        #expect(Self.tasks(text).count == 7)
        #expect(Self.tasks(word) == Self.tasks(text))
        #expect(Self.header(word.header) == Self.header(text.header))
        #expect(word.formatting != nil)
        #expect(text.formatting == nil)
    }

    @Test func productWrittenAsABulletListIsKept() throws {
        let word = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong-chuan.docx"))
        let task = try #require(word.tasks.first { $0.path == "II.1.b" })
        #expect(task.product?.value == "Báo cáo kết quả rà soát văn bản\nDanh mục văn bản kiến nghị sửa đổi, bổ sung")
        // The tracked insertion is read, the deletion is not.
        #expect(task.title.value.hasSuffix("trong lĩnh vực điện lực và thương mại"))
        #expect(!task.title.value.contains("hết hiệu lực"))
    }

    @Test func theReaderRecordsPageSetupAndRuns() throws {
        let plan = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong-chuan.docx"))
        let f = try #require(plan.formatting)
        #expect(f.sections.count == 2)
        #expect(f.sections.first?.isLandscape == false)
        #expect(f.sections.last?.isLandscape == true)
        #expect(f.sections.first.flatMap(\.marginLeft).map { Int(PageSetup.mm($0).rounded()) } == 30)
        #expect(f.sections.first?.differentFirstPage == true)
        #expect(f.pageNumbers.contains { $0.placement == .header && $0.alignment == .center && $0.pages == .default })
        let national = try #require(plan.header.nationalName)
        let p = try #require(f.paragraph(atLine: national.span.start.line))
        #expect(p.textRuns.allSatisfy { $0.bold && $0.halfPoints == 24 && $0.font == "Times New Roman" })
        #expect(p.inTable)
    }

    @Test(arguments: [("tcvn3", LegacyEncoding.tcvn3), ("vni", LegacyEncoding.vni)])
    func legacyFontsAreConvertedAndNoted(_ variant: String, _ encoding: LegacyEncoding) throws {
        let plan = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong-\(variant).docx"))
        #expect(plan.legacyEncoding?.encoding == encoding)
        #expect(plan.header.nationalName?.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(plan.quality.validSyllableRatio > 0.9)
    }
}

/// The formatting facts line up with the lines the reader made, whatever the file does
/// (tracked changes, deleted rows and paragraph marks, numbering, tables, text boxes).
@Suite("Word formatting facts line up with the lines")
struct WordFormattingAlignmentTests {
    static let files: [String] = {
        let dirs = ["samples/docx", "samples/docx/office", "Tests/PlanReadersTests/Fixtures/docx", "rules/core/the-thuc-examples"]
        return dirs.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.file(dir))) ?? [])
                .filter { $0.hasSuffix(".docx") }.sorted().map { "\(dir)/\($0)" }
        }
    }()

    @Test(arguments: files)
    func everyLineHasItsParagraphAndRunsStayInside(_ relative: String) throws {
        let (source, _) = try DocumentLoader.read(path: RepositoryPaths.file(relative))
        let facts = try #require(source.formatting)
        #expect(facts.paragraphs.map(\.line) == source.lines.map(\.number))
        for (p, line) in zip(facts.paragraphs, source.lines) {
            let width = line.text.count
            #expect(p.span.end.column == width + 1, "\(relative) paragraph \(p.line)")
            for r in p.runs {
                #expect(r.span.start.column >= 1 && r.span.end.column <= width + 1, "\(relative) paragraph \(p.line) run \(r.span)")
            }
        }
        // (A file written without a w:sectPr has no section facts.)
        let last = source.lines.last?.number ?? 0
        #expect(facts.sections.allSatisfy { $0.lines.lowerBound >= 1 && $0.lines.upperBound <= max(last, 1) })
    }
}
