import Foundation
@testable import PlanlintServer
import PlanlintTestSupport
import Testing

@Suite("Plan checker adapter and pages")
struct CheckerTests {
    static let catalog = try! MasterCatalog.load(rulesDirectory: RepositoryPaths.file("rules"))

    @Test("shipped master packs load, each with the units it assigns work to")
    func catalogLoads() throws {
        #expect(Self.catalog.packs.map(\.id).contains("quang-ngai/2023"))
        for pack in Self.catalog.packs where !pack.context.pack.obligations.isEmpty {
            #expect(!pack.assignedUnits.isEmpty, "\(pack.id)")
        }
    }

    @Test("a Word sample: findings, coverage, extract; the scratch file is gone and its path never shown")
    func checksDocx() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-scratch-\(UUID().uuidString)")
        let checker = PlanChecker(scratchDirectory: scratch)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.file("samples/docx/defects-vanphong-2023.docx"))))
        let pack = try #require(Self.catalog.pack("quang-tri/2022"))
        let o = try checker.check(bytes, format: .docx, displayName: "du-thao.docx", pack: pack, unitID: "so-tu-phap")
        #expect(!o.report.allFindings.isEmpty)
        #expect(o.figures.errors + o.figures.warnings + o.figures.infos == o.report.allFindings.count)
        #expect(o.figures.covered + o.figures.late + o.figures.partial + o.figures.missing == o.coverage.count)
        #expect(o.extractJSON.contains("\"version\""))
        #expect(!o.reportHTML.contains(scratch.path) && !o.extractJSON.contains(scratch.path))
        #expect(o.reportHTML.contains("du-thao.docx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("an unreadable plan is an error naming the uploaded file, and leaves nothing behind")
    func unreadable() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-scratch-\(UUID().uuidString)")
        let checker = PlanChecker(scratchDirectory: scratch)
        let pack = try #require(Self.catalog.pack("quang-tri/2022"))
        let broken: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("word/document.xml garbage".utf8)
        #expect {
            try checker.check(broken, format: .docx, displayName: "hong.docx", pack: pack, unitID: "so-tu-phap")
        } throws: { error in
            guard let e = error as? PlanChecker.Unreadable else { return false }
            return e.message.contains("hong.docx") && !e.message.contains(scratch.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("plan text with markup is escaped on the result page")
    func escapes() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-scratch-\(UUID().uuidString)")
        let pack = try #require(Self.catalog.pack("quang-tri/2022"))
        let text = """
        UBND TỈNH QUẢNG NGÃI
        SỞ TƯ PHÁP
        Số: 12/KH-STP
        KẾ HOẠCH
        Cải cách hành chính năm 2023 <script>alert(1)</script>
        I. NHIỆM VỤ
        1. Rà soát <img src=x onerror=alert(2)> thủ tục hành chính
        - Đơn vị chủ trì: <b>Văn phòng</b>
        """
        let o = try PlanChecker(scratchDirectory: scratch).check(Array(text.utf8), format: .txt, displayName: "<i>x</i>.txt", pack: pack, unitID: "so-tu-phap")
        let account = Account(username: "cb", passwordHash: "", role: .officer, province: "quang-ngai", unitID: "so-tu-phap")
        let page = Pages.checkResult(o, displayName: "<i>x</i>.txt", pack: pack, unit: try #require(pack.unit("so-tu-phap")),
                                     draftID: "d", account: account, csrf: "c")
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("<i>x</i>") && !page.contains("<b>Văn phòng"))
        #expect(page.contains("&lt;i&gt;x&lt;/i&gt;.txt"))
        #expect(!o.reportHTML.contains("<script>alert") && !o.reportHTML.contains("<img src=x"))
    }

    @Test("multipart bodies: fields, a file with a Vietnamese name, binary content kept")
    func multipart() throws {
        let boundary = "----b0undary"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"pack\"\r\n\r\nquang-ngai/2023\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Kế hoạch \\\"mới\\\".docx\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        let payload: [UInt8] = [0, 1, 2, 13, 10, 45, 45, 255]
        body += payload + Array("\r\n--\(boundary)--\r\n".utf8)
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\(boundary)")
        #expect(form.fields["pack"] == "quang-ngai/2023")
        #expect(form.files["file"]?.fileName == "Kế hoạch \"mới\".docx")
        #expect(form.files["file"]?.bytes == payload)
        #expect(throws: (any Error).self) { try MultipartForm(body: body, contentType: "application/json") }
    }

    @Test("uploaded names never carry a path", arguments: [
        ("../../etc/passwd.txt", "passwd.txt"), ("C:\\Users\\a\\kh.docx", "kh.docx"), ("a\u{0}b.md", "ab.md"), ("", "ke-hoach"),
    ])
    func displayNames(raw: String, shown: String) {
        #expect(ReviewerService.displayName(raw) == shown)
    }

    @Test("CSV cells: quotes, commas and formula starts are neutralised", arguments: [
        ("Sở Tư pháp", "Sở Tư pháp"), ("a,b", "\"a,b\""), ("say \"x\"", "\"say \"\"x\"\"\""), ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("-1", "'-1"),
    ])
    func csv(raw: String, cell: String) {
        #expect(CoverageTable.csvField(raw) == cell)
    }

    @Test("coverage table lists every assigned unit; unsubmitted ones count as not submitted")
    func table() throws {
        let pack = try #require(Self.catalog.pack("quang-tri/2022"))
        let unit = try #require(pack.assignedUnits.first)
        var s = sampleSubmission(unit: unit.id)
        s.packID = pack.id
        let summary = SubmissionSummary(id: 1, packID: pack.id, province: pack.province, unitID: unit.id, username: "x", submittedAt: 1,
                                        displayName: "a", format: "docx", figures: s.figures, findingCount: 0, fileSize: 1)
        let t = CoverageTable(pack: pack, submissions: [summary])
        #expect(t.lines.count == pack.assignedUnits.count)
        #expect(t.lines(sort: .name, filter: .submitted, query: "").map(\.unitID) == [unit.id])
        #expect(t.lines(sort: .name, filter: .pending, query: "").count == pack.assignedUnits.count - 1)
        #expect(t.csv().split(separator: "\r\n").count == pack.assignedUnits.count + 1)
    }
}
