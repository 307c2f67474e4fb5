import Testing
@testable import MasterPlans
import PlanModel

@Suite("ObligationSelector")
struct ObligationSelectorTests {
    let pack = MasterPack(province: "x", year: 2022, master: MasterDocument(type: "Kế hoạch", title: "t"), obligations: [
        Build.obligation("PL.A", "Kế hoạch rà soát văn bản", lead: ["so-ban-nganh", "ubnd-huyen"]),
        Build.obligation("PL.B", "Thẩm định", lead: ["so-tu-phap"], coordinating: ["so-ban-nganh"]),
        Build.obligation("PL.C", "Chữ ký số", lead: ["so-tttt"], coordinating: ["so-ban-nganh"]),
        Build.obligation("PL.D", "Bưu chính", lead: ["ubnd-xa"]),
    ])

    @Test("a sở owes by name and by kind; leading wins")
    func so() {
        let unit = UnitEntry(id: "so-tu-phap", name: "Sở Tư pháp", kind: .so)
        let owed = ObligationSelector.obligations(for: unit, in: pack)
        #expect(owed.map(\.obligation.id) == ["PL.A", "PL.B", "PL.C"])
        #expect(owed.map(\.role) == [.lead, .lead, .coordinating])
        #expect(owed.map(\.via.description) == ["so-ban-nganh", "so-tu-phap", "so-ban-nganh"])
    }

    @Test("kinds select the right units", arguments: [
        (UnitKind.vanPhongUBND, ["PL.A", "PL.B", "PL.C"]), (.ban, ["PL.A", "PL.B", "PL.C"]),
        (.ubndHuyen, ["PL.A"]), (.ubndXa, ["PL.D"]), (.baoDai, []), (.phongThuoc, []),
    ])
    func kinds(kind: UnitKind, expected: [String]) {
        let unit = UnitEntry(id: "u", name: "U", kind: kind)
        #expect(ObligationSelector.obligations(for: unit, in: pack).map(\.obligation.id) == expected)
    }
}

@Suite("ObligationMatcher")
struct ObligationMatcherTests {
    let matcher = ObligationMatcher(deadlineParser: Build.fakeParser)

    func owed(_ o: Obligation, _ role: ObligationRole = .lead) -> OwedObligation {
        OwedObligation(obligation: o, role: role, via: o.lead.first ?? .unit("x"))
    }

    @Test("statuses from hand-built tasks", arguments: [
        // (task timeline, task product, expected status, missing fields)
        ("Tháng 01/2022", "Kế hoạch", CoverageStatus.covered, [String]()),
        ("Trước ngày 15/01/2022", "Kế hoạch", .covered, []),
        ("Quý I/2022", "Kế hoạch", .late, []),
        ("Tháng 01/2022", "", .partial, ["product"]),
        ("Thường xuyên", "Kế hoạch", .partial, ["dated timeline"]),
        ("", "Kế hoạch", .partial, ["timeline"]),
        ("Quý I/2022", "", .late, ["product"]),
    ])
    func statuses(timeline: String, product: String, status: CoverageStatus, missing: [String]) throws {
        let o = Build.obligation("PL.II.2.b", "Kế hoạch kiểm tra văn bản quy phạm pháp luật năm 2022",
                                 recognise: ["kế hoạch kiểm tra … văn bản quy phạm pháp luật"])
        let task = Build.task("II.1.a", "Ban hành Kế hoạch kiểm tra, xử lý văn bản QPPL năm 2022",
                              product: product.isEmpty ? nil : product, timeline: timeline.isEmpty ? nil : timeline)
        let row = try #require(matcher.match([owed(o)], tasks: [task], planYear: 2022, planDate: nil).first)
        #expect(row.status == status)
        #expect(row.missingFields == missing)
        #expect(row.method == .phrase)
        #expect(row.taskPath == "II.1.a")
        #expect(row.planDeadline == (timeline.isEmpty ? nil : timeline))
    }

    @Test("a master deadline without a date accepts any timeline, but not none")
    func undatedMaster() throws {
        let o = Build.obligation("PL.X", "Thẩm định dự thảo văn bản quy phạm pháp luật", deadline: "Thường xuyên",
                                 recognise: ["thẩm định dự thảo"])
        let rows = matcher.match([owed(o)], tasks: [Build.task("II.2.b", "Thẩm định dự thảo văn bản", timeline: "Thường xuyên")],
                                 planYear: 2022, planDate: nil)
        #expect(rows.first?.status == .covered)
    }

    @Test("the best of several phrase matches counts (an on-time task beats a late one)")
    func bestCandidate() throws {
        let o = Build.obligation("PL.III.1.b", "Kế hoạch kiểm soát TTHC năm 2022",
                                 recognise: ["kiểm soát thủ tục hành chính"])
        let tasks = [
            Build.task("II.3.h", "Phối hợp kiểm tra công tác kiểm soát TTHC", timeline: "Quý III/2022"),
            Build.task("II.3.a", "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2022", timeline: "Tháng 01/2022"),
        ]
        let row = try #require(matcher.match([owed(o)], tasks: tasks, planYear: 2022, planDate: nil).first)
        #expect(row.status == .covered)
        #expect(row.taskPath == "II.3.a")
    }

    @Test("without a phrase, similar wording still matches")
    func similarity() throws {
        let o = Build.obligation("PL.II.4", "Kế hoạch công tác pháp chế năm 2022", recognise: [])
        let tasks = [
            Build.task("II.2.a", "Xây dựng, ban hành Kế hoạch công tác pháp chế năm 2022 của Sở"),
            Build.task("II.5.a", "Cử công chức tham gia các lớp bồi dưỡng nghiệp vụ"),
        ]
        let row = try #require(matcher.match([owed(o)], tasks: tasks, planYear: 2022, planDate: nil).first)
        #expect(row.method == .similarity)
        #expect(row.taskPath == "II.2.a")
        #expect((row.score ?? 0) >= ObligationMatcher.defaultSimilarityThreshold)
    }

    @Test("a missing obligation names the closest task and its score")
    func missing() throws {
        let o = Build.obligation("PL.II.3.a", "Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2022",
                                 recognise: ["kế hoạch rà soát … văn bản quy phạm pháp luật"])
        let tasks = [
            Build.task("II.2.e", "Báo cáo kết quả kiểm tra văn bản quy phạm pháp luật"),
            Build.task("II.5.a", "Cử công chức tham gia bồi dưỡng"),
        ]
        let row = try #require(matcher.match([owed(o)], tasks: tasks, planYear: 2022, planDate: nil).first)
        #expect(row.status == .missing)
        #expect(row.taskPath == nil)
        #expect(row.closestTaskPath == "II.2.e")
        #expect((row.closestScore ?? 1) < ObligationMatcher.defaultSimilarityThreshold)
        #expect((row.closestScore ?? 0) > 0)
    }

    @Test("the plan that is itself the product is judged by its date", arguments: [
        (Build.date(10, 1, 2022) as CivilDate?, CoverageStatus.covered), (Build.date(15, 2, 2022), .late), (nil, .partial),
    ])
    func thisPlan(date: CivilDate?, status: CoverageStatus) throws {
        let o = Build.obligation("PL.I.3.b", "Kế hoạch CCHC năm 2022", early: true, thisPlan: true)
        let row = try #require(matcher.match([owed(o)], tasks: [], planYear: 2022, planDate: date).first)
        #expect(row.status == status)
        #expect(row.method == .thisPlan)
    }

    @Test("a mandated early plan is judged by the task's first milestone")
    func earlyPlanMilestone() throws {
        let early = Build.obligation("PL.III.1.b", "Kế hoạch kiểm soát TTHC", deadline: "Tháng 01/2022",
                                     recognise: ["kế hoạch … kiểm soát thủ tục hành chính"], early: true)
        var notEarly = early
        notEarly.mandatedEarlyPlan = false
        let task = Build.task("II.3.a", "Ban hành Kế hoạch kiểm soát TTHC và tổ chức thực hiện",
                              timeline: "Tháng 01/2022; Trước ngày 30/11/2022")
        let rows = matcher.match([owed(early), owed(notEarly)], tasks: [task], planYear: 2022, planDate: nil)
        #expect(rows.map(\.status) == [.covered, .late])
    }

    @Test("role and master facts are carried to the row")
    func rowFacts() throws {
        var o = Build.obligation("PL.I.6", "Xếp loại chỉ số CCHC", lead: ["so-noi-vu"], coordinating: ["so-ban-nganh"],
                                 deadline: "Trước ngày 31/12/2022", recognise: ["chỉ số cải cách hành chính"])
        o.confidence = .medium
        o.uncertain = [.deadline]
        let item = OwedObligation(obligation: o, role: .coordinating, via: .kind(.soBanNganh))
        let row = try #require(matcher.match([item], tasks: [Build.task("II.1.đ", "Tự đánh giá Chỉ số CCHC của Sở", timeline: "Tháng 11/2022")],
                                             planYear: 2022, planDate: nil).first)
        #expect(row.role == .coordinating && row.via == "so-ban-nganh")
        #expect(row.confidence == .medium && !row.deadlineReliable)
        #expect(row.masterDeadline == "Trước ngày 31/12/2022")
        #expect(row.status == .covered)
    }
}

@Suite("Phrases and folding")
struct PhraseTests {
    @Test("phrases match whole words, diacritic-insensitively, with abbreviations and gaps", arguments: [
        ("kế hoạch kiểm soát thủ tục hành chính", "Ban hành KẾ HOẠCH KIỂM SOÁT TTHC năm 2022", true),
        ("ke hoach kiem soat thu tuc hanh chinh", "Ban hành Kế hoạch kiểm soát thủ tục hành chính", true),
        ("kế hoạch … kiểm soát thủ tục hành chính", "Kế hoạch hoạt động kiểm soát TTHC", true),
        ("kế hoạch … kiểm soát thủ tục hành chính", "Kế hoạch công tác năm của Sở và các nội dung về kiểm soát TTHC", false),
        ("phân cấp", "Thực hiện phân cấp quản lý", true),
        ("phân cấp", "Phân cấpquản lý", false),
        ("tự chủ", "Tự chọn hình thức", false),
        ("công tác pháp chế", "Cong tac phap che", true),
        ("cải cách hành chính", "CCHC", true),
        ("tuyên truyền … cải cách hành chính", "Tuyên truyền về công tác CCHC năm 2022", true),
        ("kết quả theo dõi thi hành pháp luật", "kết quả theo dõi thi hành pháp", false),
    ])
    func phrase(pattern: String, text: String, matches: Bool) {
        #expect(PhrasePattern(pattern).matches(FoldedTokenizer.words(text)) == matches)
    }

    @Test("tokens keep scalar offsets and separators")
    func tokens() {
        let tokens = FoldedTokenizer.tokens("Sở Nội vụ; Sở TT&TT, Thương")
        #expect(tokens.map(\.text) == ["so", "noi", "vu", "so", "tt", "tt", "thuong"])
        #expect(tokens[3].breakBefore == .semicolon && tokens[6].breakBefore == .comma && tokens[5].breakBefore == .none)
        #expect(tokens[6].scalarRange == 21..<27)
    }

    @Test("the extraction glyph ƣ folds like ư")
    func extractionGlyph() {
        #expect(FoldedTokenizer.words("Sở Tƣ pháp, Trƣởng phòng") == FoldedTokenizer.words("Sở Tư pháp, Trưởng phòng"))
    }
}
