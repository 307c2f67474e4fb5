import Foundation
import PlanModel
import Testing
import Timelines

/// One expected reading of a timeline.
///
/// Periods are written "start/end" in ISO dates, with "…" for a missing start
/// ("…/2023-11-30" is "by 30/11/2023").
struct TimelineCase: CustomTestStringConvertible, Sendable {
    var text: String
    var planYear: Int?
    var kind: TimelineValue.Kind
    var periods: [String] = []
    var years: [Int] = []
    var recurrence: TimelineValue.Recurrence?
    var nextYear = false
    var condition: String?

    var testDescription: String { "\"\(text)\" (\(planYear.map(String.init) ?? "no year"))" }
}

private func c(_ text: String, _ planYear: Int?, _ kind: TimelineValue.Kind, _ periods: [String] = [],
               years: [Int] = [], recurrence: TimelineValue.Recurrence? = nil, next: Bool = false,
               condition: String? = nil) -> TimelineCase {
    TimelineCase(text: text, planYear: planYear, kind: kind, periods: periods, years: years,
                 recurrence: recurrence, nextYear: next, condition: condition)
}

/// Timelines from the corpus plans (Thời gian… lines and the master plan's deadline cells),
/// the forms named in the issue, and variants without diacritics or with OCR damage.
let timelineCases: [TimelineCase] = [
    // Deadlines: "trước ngày D" ends on D; "trước tháng/Quý" ends the day before it begins.
    c("trước ngày 30/11/2023", 2023, .deadline, ["…/2023-11-30"], years: [2023]),
    c("trước 25/12/2022", 2022, .deadline, ["…/2022-12-25"], years: [2022]),
    c("TruOc 25/12/2022", 2022, .deadline, ["…/2022-12-25"], years: [2022]),
    c("Hoàn thành trước tháng 12/2022", 2022, .deadline, ["…/2022-11-30"], years: [2022]),
    c("Hoàn thành trước tháng 12/2022.", 2022, .deadline, ["…/2022-11-30"], years: [2022]),
    c("Báo cáo UBND tỉnh trước ngày 05/12/2022", 2022, .deadline, ["…/2022-12-05"], years: [2022]),
    c("Trước ngày 15/01/2022", 2022, .deadline, ["…/2022-01-15"], years: [2022]),
    c("Truoc ngay 30/11/2023", 2023, .deadline, ["…/2023-11-30"], years: [2023]),
    c("TrUOC ngày 18/1 1/2022", 2022, .deadline, ["…/2022-11-18"], years: [2022]),
    c("TnrOc ngày 31/01/2023", 2022, .deadline, ["…/2023-01-31"], years: [2023]),
    c("TruOc ngày 10/12/2022", 2022, .deadline, ["…/2022-12-10"], years: [2022]),
    c("Hoàn thành tri.rOc Qu IV", 2022, .deadline, ["…/2022-09-30"]),
    c("Hoàn thành trước tháng 1 năm liền kề", 2022, .deadline, ["…/2022-12-31"], next: true),
    c("I bàn thành truOc tháng 1 nãm 1in", 2022, .deadline, ["…/2022-12-31"], next: true),
    c("trước Quý IV", 2023, .deadline, ["…/2023-09-30"]),
    c("trước tháng 01/2023", 2022, .deadline, ["…/2022-12-31"], years: [2023]),
    c("Chậm nhất ngày 15/3/2023", 2023, .deadline, ["…/2023-03-15"], years: [2023]),
    c("Đến hết năm 2023", 2023, .deadline, ["…/2023-12-31"], years: [2023]),
    c("30/6/2023", 2023, .deadline, ["…/2023-06-30"], years: [2023]),
    c("Trước ngày 29/02/2024", 2024, .deadline, ["…/2024-02-29"], years: [2024]),

    // Windows.
    c("Quý I/2023", 2023, .window, ["2023-01-01/2023-03-31"], years: [2023]),
    c("Quý I/2022.", 2022, .window, ["2022-01-01/2022-03-31"], years: [2022]),
    c("Tháng 6/2022", 2022, .window, ["2022-06-01/2022-06-30"], years: [2022]),
    c("tháng 01/2023", 2023, .window, ["2023-01-01/2023-01-31"], years: [2023]),
    c("Tháng 12/2023.", 2023, .window, ["2023-12-01/2023-12-31"], years: [2023]),
    c("Năm 2023", 2023, .window, ["2023-01-01/2023-12-31"], years: [2023]),
    c("Trong năm 2023.", 2023, .window, ["2023-01-01/2023-12-31"], years: [2023]),
    c("Thực hiện trong năm 2022.", 2022, .window, ["2022-01-01/2022-12-31"], years: [2022]),
    c("Từ năm 2026 - 2030", 2026, .window, ["2026-01-01/2030-12-31"], years: [2026, 2030]),
    c("Quí IV-2025", 2025, .window, ["2025-10-01/2025-12-31"], years: [2025]),
    c("Quý III năm 2023", 2023, .window, ["2023-07-01/2023-09-30"], years: [2023]),
    c("Quý III/2022.", 2022, .window, ["2022-07-01/2022-09-30"], years: [2022]),
    c("Hoàn thành trong tháng 6/2022.", 2022, .window, ["2022-06-01/2022-06-30"], years: [2022]),
    c("**Quý I/2023**", 2023, .window, ["2023-01-01/2023-03-31"], years: [2023]),
    c("Quy I/2023", 2023, .window, ["2023-01-01/2023-03-31"], years: [2023]),
    c("QUÝ IV/2023", 2023, .window, ["2023-10-01/2023-12-31"], years: [2023]),
    c("Quý 2/2023", 2023, .window, ["2023-04-01/2023-06-30"], years: [2023]),
    c("Qu\u{0079}\u{0301} III/2023", 2023, .window, ["2023-07-01/2023-09-30"], years: [2023]),  // NFD
    c("trong Quý I", 2023, .window, ["2023-01-01/2023-03-31"]),
    c("Qu I", 2022, .window, ["2022-01-01/2022-03-31"]),
    c("Dự kiến Quý IV", 2022, .window, ["2022-10-01/2022-12-31"]),
    c("Tháng 1 năm liền kề", 2023, .window, ["2024-01-01/2024-01-31"], next: true),
    c("Tháng 6 năm sau", 2023, .window, ["2024-06-01/2024-06-30"], next: true),
    c("Trong năm tiếp theo", 2023, .window, ["2024-01-01/2024-12-31"], next: true),
    c("Nãm 2022", 2022, .window, ["2022-01-01/2022-12-31"], years: [2022]),
    c("Tháng 01/2022", 2022, .window, ["2022-01-01/2022-01-31"], years: [2022]),
    c("KH ban hành trong tháng 01/2022", 2022, .window, ["2022-01-01/2022-01-31"], years: [2022]),
    c("giai đoạn 202 1-2026", 2022, .window, ["2021-01-01/2026-12-31"], years: [2021, 2026]),
    c("Từ tháng 3 đến tháng 6/2023", 2023, .window, ["2023-03-01/2023-06-30"], years: [2023]),
    c("Quý I - II/2023", 2023, .window, ["2023-01-01/2023-06-30"], years: [2023]),
    c("6 tháng đầu năm 2023", 2023, .window, ["2023-01-01/2023-06-30"], years: [2023]),
    c("Quý I", nil, .window),

    // Several windows or milestones.
    c("Quý II, Quý III/2022", 2022, .multiple, ["2022-04-01/2022-06-30", "2022-07-01/2022-09-30"], years: [2022]),
    c("Qu II, Qu 111/2022", 2022, .multiple, ["2022-04-01/2022-06-30", "2022-07-01/2022-09-30"], years: [2022]),
    c("Qu III, Qu IV", 2022, .multiple, ["2022-07-01/2022-09-30", "2022-10-01/2022-12-31"]),
    c("Quý I, II/2023", 2023, .multiple, ["2023-01-01/2023-03-31", "2023-04-01/2023-06-30"], years: [2023]),
    c("Tháng 5 và tháng 11", 2023, .multiple, ["2023-05-01/2023-05-31", "2023-11-01/2023-11-30"]),
    c("Ban hành kế hoạch trong Quý I, tổ chức thực hiện trong năm", 2023, .multiple,
      ["2023-01-01/2023-03-31", "2023-01-01/2023-12-31"]),
    c("Ban hành kế hoạch trong Quý I, tổ chức thực hiện trong năm 2022.", 2022, .multiple,
      ["2022-01-01/2022-03-31", "2022-01-01/2022-12-31"], years: [2022]),
    c("Ban hanh ke hoach trong Quy I, to chuc thuc hien trong nam 2023", 2023, .multiple,
      ["2023-01-01/2023-03-31", "2023-01-01/2023-12-31"], years: [2023]),
    c("Ban hành kế hoạch trong Quý I. Thực hiện kiểm soát nhiệm vụ chi dự toán trong năm 2023.", 2023, .multiple,
      ["2023-01-01/2023-03-31", "2023-01-01/2023-12-31"], years: [2023]),
    c("Quý I tham mưu ban hành các kế hoạch; định kỳ báo cáo kết quả thực hiện; hoàn thành việc tham mưu "
      + "kiểm tra trước ngày 30/11/2023 và báo cáo kết quả thực hiện.", 2023, .multiple,
      ["2023-01-01/2023-03-31", "…/2023-11-30"], years: [2023], recurrence: .periodic),
    c("Quý I năm 2023 ban hành kế hoạch kiểm tra; tổ chức kiểm tra theo kế hoạch, kiểm tra đột xuất "
      + "trong năm 2023.", 2023, .multiple, ["2023-01-01/2023-03-31", "2023-01-01/2023-12-31"], years: [2023]),

    // Recurring.
    c("Định kỳ hàng tháng", 2023, .recurring, recurrence: .monthly),
    c("Định kỳ hàng tháng trong năm.", 2023, .recurring, ["2023-01-01/2023-12-31"], recurrence: .monthly),
    c("Định kỳ hàng tháng trong năm 2023", 2023, .recurring, ["2023-01-01/2023-12-31"], years: [2023],
      recurrence: .monthly),
    c("Hằng quý", 2023, .recurring, recurrence: .quarterly),
    c("Hàng Quý", 2023, .recurring, recurrence: .quarterly),
    c("Hang Qu", 2022, .recurring, recurrence: .quarterly),
    c("Tháng 12 hằng năm", 2023, .recurring, ["2023-12-01/2023-12-31"], recurrence: .yearly),
    c("ngày 30/1 hằng năm", 2022, .recurring, ["…/2022-01-30"], recurrence: .yearly),
    c("6 tháng, năm", 2023, .recurring, recurrence: .halfYearly),
    c("Quý, 6 tháng, năm theo quy định", 2022, .recurring, recurrence: .quarterly),
    c("Qu, 6 tháng, nãm theo quy djnh", 2022, .recurring, recurrence: .quarterly),
    c("Định kỳ 6 tháng", 2023, .recurring, recurrence: .halfYearly),

    // Continuous.
    c("Thường xuyên", 2023, .continuous),
    c("Thường xuyên.", 2022, .continuous),
    c("*Thường xuyên*", 2023, .continuous),
    c("ThuOng xuyên", 2022, .continuous),
    c("Thường xuyên trong năm", 2023, .continuous, ["2023-01-01/2023-12-31"]),
    c("Thuong xuyen trong nam", 2023, .continuous, ["2023-01-01/2023-12-31"]),
    c("Thường xuyên trong năm 2023", 2023, .continuous, ["2023-01-01/2023-12-31"], years: [2023]),
    c("Thực hiện thường xuyên trong năm 2022.", 2022, .continuous, ["2022-01-01/2022-12-31"], years: [2022]),
    c("Thường xuyên trong năm; định kỳ báo cáo kết quả thực hiện.", 2023, .continuous,
      ["2023-01-01/2023-12-31"], recurrence: .periodic),
    c("Thường xuyên trong năm, theo Kế hoạch rà soát giai đoạn 2022 - 2025 ban hành kèm theo "
      + "Quyết định số 1648/QĐ-UBND ngày 30/11/2022", 2023, .continuous, ["2023-01-01/2023-12-31"]),

    // Conditional.
    c("Sau khi UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2024.", 2023, .conditional,
      condition: "Sau khi UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2024"),
    c("Dự kiến Quý IV (sau khi Văn phòng Chính phủ có văn bản hướng dẫn).", 2022, .conditional,
      ["2022-10-01/2022-12-31"], condition: "sau khi Văn phòng Chính phủ có văn bản hướng dẫn"),
    c("Theo Kế hoạch riêng", 2023, .conditional, condition: "Theo Kế hoạch riêng"),
    c("Theo quy định", 2022, .conditional, condition: "Theo quy định"),
    c("Theo quy định của Chính phủ và hướng dẫn của Sở Thông tin và Truyền thông.", 2023, .conditional,
      condition: "Theo quy định của Chính phủ và hướng dẫn của Sở Thông tin và Truyền thông"),
    c("Theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh đối với những nhiệm vụ giao thực hiện "
      + "trong năm 2023.", 2023, .conditional, ["2023-01-01/2023-12-31"], years: [2023]),
    c("Theo quy djnh v ni dung, mc thOi gian báo cáo", 2022, .conditional),
    c("Quý II/2023, sau khi có hướng dẫn của Bộ", 2023, .conditional, ["2023-04-01/2023-06-30"], years: [2023],
      condition: "sau khi có hướng dẫn của Bộ"),

    // Unparsed: nothing is guessed, and a day or year that cannot be is no period.
    c("Trước ngày 31/11/2023", 2023, .unparsed),
    c("Ngày 30/02/2023", 2023, .unparsed),
    c("Tháng 13/2023", 2023, .unparsed),
    c("Quý V/2023", 2023, .unparsed),
    c("Quý I/2223", 2023, .unparsed),
    c("Sớm nhất có thể", 2023, .unparsed),
    c("", 2023, .unparsed),
]

/// "2023-01-01/2023-03-31" or "…/2023-11-30".
private func render(_ period: TimelineValue.Period) -> String {
    "\(period.start?.iso ?? "…")/\(period.end.iso)"
}

@Suite("Timeline grammar")
struct TimelineParserTableTests {
    @Test("timeline table", arguments: timelineCases)
    func parses(_ expected: TimelineCase) {
        let value = TimelineParser.parse(expected.text, planYear: expected.planYear)
        #expect(value.kind == expected.kind)
        #expect(value.periods.map(render) == expected.periods)
        #expect(value.explicitYears == expected.years)
        #expect(value.recurrence == expected.recurrence)
        #expect(value.refersToNextYear == expected.nextYear)
        if let condition = expected.condition {
            #expect(value.condition == condition)
        }
        #expect((value.kind == .conditional) == (value.condition != nil))
    }

    @Test func tableIsLargeEnough() {
        #expect(timelineCases.count >= 60)
    }

    @Test func periodTextIsTheWordsAsWritten() {
        let value = TimelineParser.parse("Quý II, Quý III/2022", planYear: 2022)
        #expect(value.periods.map(\.text) == ["Quý II", "Quý III/2022"])
        let deadline = TimelineParser.parse("Báo cáo UBND tỉnh trước ngày 05/12/2022.", planYear: 2022)
        #expect(deadline.periods.map(\.text) == ["trước ngày 05/12/2022"])
        let bold = TimelineParser.parse("**Quý I/2023**", planYear: 2023)
        #expect(bold.periods.map(\.text) == ["Quý I/2023"])
    }

    @Test func summaryDatesFollowThePeriods() {
        let value = TimelineParser.parse("Quý I tham mưu; hoàn thành trước ngày 30/11/2023", planYear: 2023)
        #expect(value.latestEnd == CivilDate(year: 2023, month: 11, day: 30))
        #expect(value.earliestEnd == CivilDate(year: 2023, month: 3, day: 31))
        #expect(value.hasDate)
        #expect(!TimelineParser.parse("Thường xuyên", planYear: 2023).hasDate)
    }

    @Test func planYearOnlyFillsMissingYears() {
        #expect(TimelineParser.parse("Quý I/2023", planYear: 2022).periods.map(render) == ["2023-01-01/2023-03-31"])
        #expect(TimelineParser.parse("Quý I", planYear: 2022).periods.map(render) == ["2022-01-01/2022-03-31"])
        #expect(TimelineParser.parse("Quý I", planYear: 2022).explicitYears.isEmpty)
    }

    @Test func timing() {
        let clock = ContinuousClock()
        let rounds = 1_000
        var sink = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for entry in timelineCases {
                    sink &+= TimelineParser.parse(entry.text, planYear: entry.planYear).periods.count
                }
            }
        }
        let parses = Double(rounds * timelineCases.count)
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        print("TimelineParser: \(String(format: "%.2f", micros / parses)) µs per parse "
              + "(\(timelineCases.count) entries × \(rounds), checksum \(sink))")
    }
}
