import PlanModel
import Testing
import Timelines

/// Token soup built from the grammar's own words must never crash the parser or yield
/// a value that breaks the model's promises.
@Suite("Timeline grammar robustness")
struct TimelineRobustnessTests {
    static let pieces = [
        "Quý", "Qu", "I", "II", "111", "IV", "V", "tháng", "năm", "ngày", "trước", "trong", "từ", "đến", "hết",
        "liền kề", "sau khi", "theo", "thường xuyên", "hằng", "định kỳ", "6", "12", "13", "31", "30", "1",
        "2023", "202", "3", "2223", "/", "-", ",", ";", ".", "(", ")", "và", "**", "số", "KH-UBND", "giai đoạn",
        "chậm nhất", "đầu", "cuối", "quy định", "", " ",
    ]

    @Test func randomTokenSoupKeepsTheModelsPromises() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + next(9)) {
                text += Self.pieces[next(Self.pieces.count)]
                if next(3) > 0 { text += " " }
            }
            let value = TimelineParser.parse(text, planYear: next(4) == 0 ? nil : 2023)
            if value.kind == .unparsed {
                #expect(value.periods.isEmpty, "\(text)")
                #expect(value.explicitYears.isEmpty, "\(text)")
            }
            #expect((value.kind == .conditional) == (value.condition != nil), "\(text)")
            for period in value.periods {
                #expect(period.end.isValid, "\(text)")
                if let start = period.start { #expect(start.isValid && start <= period.end, "\(text)") }
                #expect(!period.text.isEmpty, "\(text)")
            }
            for year in value.explicitYears { #expect((1990...2100).contains(year), "\(text)") }
        }
    }

    @Test(arguments: ["trước ngày 30.11.2023", "Trước ngày 30-11-2023"])
    func dottedAndDashedDates(_ text: String) {
        let value = TimelineParser.parse(text, planYear: 2023)
        #expect(value.kind == .deadline)
        #expect(value.periods.map(\.end) == [CivilDate(year: 2023, month: 11, day: 30)])
    }
}
