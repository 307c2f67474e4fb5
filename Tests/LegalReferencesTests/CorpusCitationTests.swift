import Foundation
import LegalReferences
import PlanModel
import Testing

/// Citations in the real plans of `../shared/corpus`, counted by hand once.
/// Skipped when the corpus is absent (a bare clone).
@Suite("Corpus citations", .enabled(if: corpusText("README.md") != nil, "../shared/corpus is absent"))
struct CorpusCitationTests {
    /// qng-vpubnd-cchc-2022.txt, PDF-wrapped lines joined. Counted by hand: 19 citations.
    ///  1 2108/QĐ-UBND 23/12/2021   2 04-NQ/TU 18/10/2021     3 93/NQ-HĐND 10/12/2021
    ///  4 2108/QĐ-UBND 23/12/2021   5 33/2018/QĐ-UBND 18/10/2018   6 107/2021/NĐ-CP (no date)
    ///  7 33/2018/QĐ-UBND (wrapped as "33/2018/QĐ-" + line + "UBND") 18/10/2018
    ///  8 468/QĐ-TTg 27/3/2021      9 140/KH-UBND 14/10/2021   10 140/KH-UBND 14/10/2021
    /// 11 908/QĐ-UBND 29/10/2018   12 350/QĐ-UBND 01/3/2017   13 31-CT/TU 13/6/2014
    /// 14 17/CT-UBND 10/11/2016    15 48/2021/QĐ-UBND 22/9/2021   16 123/QĐ-VP 19/11/2020
    /// 17 81/QĐ-VP 21/7/2021       18 169/KH-UBND 09/12/2021  19 43/2011/NĐ-CP 13/6/2011
    /// Not citations: "ISO 9001:2015", timelines ("tháng 6/2022", "30/11/2022").
    @Test("qng-vpubnd-cchc-2022: every hand-counted citation, nothing else")
    func officePlan2022() throws {
        let text = try #require(corpusText("qng-vpubnd-cchc-2022.txt"))
        let refs = scan(joinedLines(text))
        #expect(refs.count == 19)
        #expect(refs.map(\.symbol) == [
            "2108/QĐ-UBND", "04-NQ/TU", "93/NQ-HĐND", "2108/QĐ-UBND", "33/2018/QĐ-UBND", "107/2021/NĐ-CP",
            "33/2018/QĐ-UBND", "468/QĐ-TTg", "140/KH-UBND", "140/KH-UBND", "908/QĐ-UBND", "350/QĐ-UBND",
            "31-CT/TU", "17/CT-UBND", "48/2021/QĐ-UBND", "123/QĐ-VP", "81/QĐ-VP", "169/KH-UBND", "43/2011/NĐ-CP",
        ])
        #expect(refs.filter { $0.date == nil }.map(\.symbol) == ["107/2021/NĐ-CP"])
    }

    /// qng-vpubnd-cchc-2023-draft.txt, one paragraph per line. Counted by hand: 21 citations.
    ///  1 1782/QĐ-UBND 21/12/2022   2 04-NQ/TU 18/10/2021     3 93/NQ-HĐND 10/12/2021
    ///  4 1492-KL/TU 05/12/2022     5 1782/QĐ-UBND 21/12/2022  6 39/2021/QĐ-UBND 20/8/2021
    ///  7 1085/QĐ-TTg 15/9/2022     8 1648/QĐ-UBND 30/11/2022  9 1648/QĐ-UBND 30/11/2022
    /// 10 766/QĐ-TTg 23/6/2022     11 468/QĐ-TTg 27/3/2021    12 140/KH-UBND 14/10/2021
    /// 13 140/KH-UBND 14/10/2021   14 45/2020/NĐ-CP 08/4/2020 15 107/2021/NĐ-CP 06/12/2021
    /// 16 31-CT/TU 13/6/2014       17 17/CT-UBND 10/11/2016   18 48/2021/QĐ-UBND 22/9/2021
    /// 19 45/QĐ-VP 19/6/2020       20 169/KH-UBND 09/12/2021  21 42/2022/NĐ-CP 24/6/2022
    /// Not citations: the draft's own blank number "Số: /KH-VP", "24/7", "Igate 2.0".
    @Test("qng-vpubnd-cchc-2023-draft: every hand-counted citation, nothing else")
    func officePlan2023Draft() throws {
        let text = try #require(corpusText("qng-vpubnd-cchc-2023-draft.txt"))
        let paragraphs = text.components(separatedBy: .newlines).filter { !$0.isEmpty }
        let refs = paragraphs.flatMap(scan)
        #expect(refs.count == 21)
        #expect(refs.map(\.symbol) == [
            "1782/QĐ-UBND", "04-NQ/TU", "93/NQ-HĐND", "1492-KL/TU", "1782/QĐ-UBND", "39/2021/QĐ-UBND",
            "1085/QĐ-TTg", "1648/QĐ-UBND", "1648/QĐ-UBND", "766/QĐ-TTg", "468/QĐ-TTg", "140/KH-UBND",
            "140/KH-UBND", "45/2020/NĐ-CP", "107/2021/NĐ-CP", "31-CT/TU", "17/CT-UBND", "48/2021/QĐ-UBND",
            "45/QĐ-VP", "169/KH-UBND", "42/2022/NĐ-CP",
        ])
        #expect(refs.allSatisfy { $0.date != nil })
        #expect(scan(joinedLines(text)).count == 21)
    }

    /// The Quảng Trị master plan (heavy OCR, lines joined with spaces, plan of December 2021).
    @Test("qtri master plan: a Nghị định without its year segment")
    func masterPlanMissingYear() throws {
        let refs = try masterPlanReferences()
        let index = try #require(refs.firstIndex { $0.symbol == "107/NĐ-CP" && $0.dateText == "06/12/202 1" })
        #expect(refs[index].typeWord == "Nghị định")
        #expect(refs[index].shape == .administrative)
        #expect(refs[index].date == civil(6, 12, 2021))
        let problem = ReferenceAnalysis.problems(in: refs, planDate: nil, catalog: nil)
            .first { $0.kind == .missingYearSegment && $0.referenceIndex == index }
        #expect(problem?.arguments["suggestedSymbol"] == "107/2021/NĐ-CP")
    }

    @Test("qtri master plan: Quyết định 1847/QĐ-TTg cited with two dates")
    func masterPlanConflictingDates() throws {
        let refs = try masterPlanReferences()
        let cited = refs.indices.filter { refs[$0].symbol == "1847/QĐ-TTg" }
        #expect(cited.count == 2)
        #expect(cited.map { refs[$0].date } == [civil(27, 12, 2018), civil(7, 12, 2018)])
        let problem = try #require(ReferenceAnalysis.problems(in: refs, planDate: nil, catalog: nil)
            .first { $0.kind == .conflictingDates && refs[$0.referenceIndex].symbol == "1847/QĐ-TTg" })
        #expect(problem.referenceIndex == cited[1])
        #expect(problem.relatedIndex == cited[0])
    }

    @Test("qtri master plan: Nghị định 16/2015 and 141/2016, ended by 60/2021 before the plan")
    func masterPlanEndedDecrees() throws {
        let refs = try masterPlanReferences()
        let decree16 = try #require(refs.firstIndex { $0.symbol == "16/2015/NĐ-CP" })
        let decree141 = try #require(refs.firstIndex { $0.symbol == "141/2016/NĐ-CP" })
        #expect(refs[decree16].date == civil(14, 2, 2015))
        #expect(refs[decree141].date == civil(10, 10, 2016))
        // The plan is dated "… tháng 12 năm 2021" (day left blank): take its first day.
        let problems = ReferenceAnalysis.problems(in: refs, planDate: civil(1, 12, 2021), catalog: try shippedCatalog())
        for index in [decree16, decree141] {
            let replaced = problems.first { $0.kind == .replaced && $0.referenceIndex == index }
            #expect(replaced?.arguments["successor"] == "60/2021/NĐ-CP")
        }
    }

    @Test("scanner speed over the largest corpus file (printed, not asserted)")
    func speed() throws {
        let text = try #require(corpusText("qtri-ubnd-cchc-2022-master-ocr.txt"))
        let passes = 100
        var found = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<passes { found += scan(text).count }
        }
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let perPass = milliseconds / Double(passes)
        let kilobytes = Double(text.utf8.count) / 1000
        print("LegalReferenceScanner: \(String(format: "%.2f", perPass)) ms per pass over \(Int(kilobytes)) kB "
              + "(\(String(format: "%.2f", perPass * 50 / kilobytes)) ms per 50 kB), \(found / passes) citations")
        #expect(found > 0)
    }

    private func masterPlanReferences() throws -> [LegalReference] {
        let text = try #require(corpusText("qtri-ubnd-cchc-2022-master-ocr.txt"))
        return scan(joinedLines(text))
    }
}
