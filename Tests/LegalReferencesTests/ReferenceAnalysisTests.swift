import LegalReferences
import PlanModel
import Testing

/// The problems of one kind found in `text`.
private func problems(_ kind: ReferenceProblem.Kind, in text: String, planDate: CivilDate? = nil,
                      catalog: LegalCatalog? = nil) -> [ReferenceProblem] {
    ReferenceAnalysis.problems(in: scan(text), planDate: planDate, catalog: catalog).filter { $0.kind == kind }
}

@Suite("ReferenceAnalysis")
struct ReferenceAnalysisTests {
    @Test("typeWordMismatch: the type word disagrees with the symbol's type code")
    func typeWordMismatch() throws {
        let found = problems(.typeWordMismatch, in: "Quyết định số 12/KH-UBND ngày 01/02/2022")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.arguments == ["symbol": "12/KH-UBND", "typeWord": "Quyết định", "typeCode": "KH",
                                      "expectedCode": "QĐ", "writtenCode": "KH"])
        let letter = try #require(problems(.typeWordMismatch, in: "Công văn số 5/QĐ-UBND").first)
        #expect(letter.arguments["expectedCode"] == "")
        #expect(problems(.typeWordMismatch, in: "Quyết định số 12/2020/BNV").first?.arguments["typeCode"] == "")
        // Agreement, OCR's missing stroke, a Công văn symbol, and a type word without a code are fine.
        #expect(problems(.typeWordMismatch, in: "Nghị định số 107/2021/NĐ-CP, Quyêt djnh so 468/QD-TTg").isEmpty)
        #expect(problems(.typeWordMismatch, in: "Công văn số 3759/BNV-CCHC ngày 02/8/2021").isEmpty)
        #expect(problems(.typeWordMismatch, in: "Luật số 80/2015/QH13, Kết luận số 1492-KL/TU").isEmpty)
    }

    @Test("yearSegmentMismatch: a normative year segment differs from its date's year")
    func yearSegmentMismatch() throws {
        let problem = try #require(problems(.yearSegmentMismatch, in: "Nghị định số 107/2021/NĐ-CP ngày 06/12/2020").first)
        #expect(problem.arguments == ["symbol": "107/2021/NĐ-CP", "yearSegment": "2021", "date": "06/12/2020",
                                      "dateYear": "2020"])
        #expect(problems(.yearSegmentMismatch, in: "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021").isEmpty)
        #expect(problems(.yearSegmentMismatch, in: "Nghị định số 107/2021/NĐ-CP").isEmpty)
    }

    @Test("missingYearSegment: a Nghị định cited without its year, with the likely correct form")
    func missingYearSegment() throws {
        let problem = try #require(problems(.missingYearSegment, in: "Nghị định số 107/NĐ-CP ngày 06/12/2021").first)
        #expect(problem.arguments == ["symbol": "107/NĐ-CP", "typeWord": "Nghị định", "suggestedSymbol": "107/2021/NĐ-CP"])
        let undated = try #require(problems(.missingYearSegment, in: "Thông tư số 01/TT-VPCP").first)
        #expect(undated.arguments["suggestedSymbol"] == nil)
        #expect(problems(.missingYearSegment, in: "s 60/ND-CP ngày 2 1/6/2021").first?.arguments["suggestedSymbol"]
                == "60/2021/NĐ-CP")
        #expect(problems(.missingYearSegment, in: "Quyết định số 468/QĐ-TTg, Nghị quyết số 76/NQ-CP").isEmpty)
    }

    @Test("invalidDate: a date that does not exist")
    func invalidDate() throws {
        let problem = try #require(problems(.invalidDate, in: "Quyết định số 123/QĐ-UBND ngày 31/02/2021").first)
        #expect(problem.arguments == ["symbol": "123/QĐ-UBND", "dateText": "31/02/2021"])
        #expect(problems(.invalidDate, in: "Quyết định số 123/QĐ-UBND ngày 29/02/2020").isEmpty)
        #expect(problems(.invalidDate, in: "Quyết định số 123/QĐ-UBND ngày 29/02/2021").count == 1)
    }

    @Test("dateAfterPlan: the cited document is dated after the plan")
    func dateAfterPlan() throws {
        let text = "Quyết định số 1782/QĐ-UBND ngày 21/12/2022"
        let problem = try #require(problems(.dateAfterPlan, in: text, planDate: civil(20, 12, 2022)).first)
        #expect(problem.arguments == ["symbol": "1782/QĐ-UBND", "date": "21/12/2022", "planDate": "20/12/2022"])
        #expect(problems(.dateAfterPlan, in: text, planDate: civil(21, 12, 2022)).isEmpty)
        #expect(problems(.dateAfterPlan, in: text, planDate: nil).isEmpty)
    }

    @Test("conflictingDates: one symbol cited with two dates")
    func conflictingDates() throws {
        let text = "Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng; Quyết định số 1847/QĐ-TTg ngày "
            + "27/12/2018; Quyt djnh 1 847/QD-TTg ngày 7/12/2018"
        let found = problems(.conflictingDates, in: text)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.referenceIndex == 2)
        #expect(problem.relatedIndex == 0)
        #expect(problem.arguments == ["symbol": "1847/QĐ-TTg", "date": "07/12/2018", "otherDate": "27/12/2018"])
        #expect(problems(.conflictingDates, in: "Quyết định số 1/QĐ-UBND ngày 02/01/2020 và 1/QĐ-UBND ngày 03/01/2021")
                .count == 1)
        #expect(problems(.conflictingDates, in: "Quyết định số 1/QĐ-UBND ngày 02/01/2020 và 2/QĐ-UBND ngày 03/01/2021")
                .isEmpty)
    }

    @Test("firstCitationWithoutDate: an administrative document first cited without its date")
    func firstCitationWithoutDate() throws {
        let later = "theo Kế hoạch số 140/KH-UBND; Kết quả theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh."
        let problem = try #require(problems(.firstCitationWithoutDate, in: later).first)
        #expect(problem.referenceIndex == 0)
        #expect(problem.relatedIndex == 1)
        #expect(problem.arguments == ["symbol": "140/KH-UBND", "date": "14/10/2021"])

        let never = try #require(problems(.firstCitationWithoutDate, in: "Chỉ thị số 17/CT-UBND; Chỉ thị số 17/CT-UBND").first)
        #expect(never.referenceIndex == 0)
        #expect(never.relatedIndex == nil)
        #expect(never.arguments == ["symbol": "17/CT-UBND"])

        // Repeats without the date after a dated first mention, and normative or party
        // documents (their symbols identify them), are fine.
        #expect(problems(.firstCitationWithoutDate, in: "Kế hoạch số 140/KH-UBND ngày 14/10/2021; Kế hoạch số 140/KH-UBND")
                .isEmpty)
        #expect(problems(.firstCitationWithoutDate, in: "Nghị định số 107/2021/NĐ-CP; Nghị quyết số 04-NQ/TU").isEmpty)
    }

    @Test("expired: the catalogue says the document lapsed without a successor")
    func expired() throws {
        let catalog = LegalCatalog(documents: [
            LegalCatalogEntry(symbol: "5/2020/QĐ-UBND", number: "5", type: "Quyết định", date: civil(2, 3, 2020),
                              title: "Kế hoạch giai đoạn 2020 - 2021", expiredOn: civil(31, 12, 2021), source: "test"),
        ])
        let text = "Quyết định số 5/2020/QĐ-UBND ngày 02/3/2020"
        let problem = try #require(problems(.expired, in: text, planDate: civil(5, 1, 2022), catalog: catalog).first)
        #expect(problem.arguments == ["symbol": "5/2020/QĐ-UBND", "title": "Kế hoạch giai đoạn 2020 - 2021",
                                      "expiredOn": "31/12/2021"])
        #expect(problems(.expired, in: text, planDate: civil(30, 12, 2021), catalog: catalog).isEmpty)
        #expect(problems(.expired, in: text, planDate: civil(5, 1, 2022), catalog: nil).isEmpty)
    }

    @Test("replaced: the catalogue names the successor in force on the plan's date")
    func replaced() throws {
        let catalog = try shippedCatalog()
        let text = "Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ"
        let problem = try #require(problems(.replaced, in: text, planDate: civil(10, 1, 2022), catalog: catalog).first)
        #expect(problem.arguments["successor"] == "60/2021/NĐ-CP")
        #expect(problem.arguments["effective"] == "15/08/2021")
        #expect(problem.arguments["successorTitle"] == catalog.entry(forSymbol: "60/2021/NĐ-CP")?.title)
        #expect(problem.arguments["source"]?.contains("60/2021/NĐ-CP") == true)
        #expect(problems(.replaced, in: text, planDate: civil(1, 8, 2021), catalog: catalog).isEmpty)
        #expect(problems(.replacementUnconfirmed, in: text, planDate: civil(10, 1, 2022), catalog: catalog).isEmpty)
    }

    @Test("replacementUnconfirmed: a probable replacement is a warning to verify")
    func replacementUnconfirmed() throws {
        let catalog = try shippedCatalog()
        let text = "Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ"
        let problem = try #require(problems(.replacementUnconfirmed, in: text, planDate: civil(5, 1, 2023),
                                            catalog: catalog).first)
        #expect(problem.arguments["successor"] == "42/2022/NĐ-CP")
        #expect(problem.arguments["currentSuccessor"] == nil)
        #expect(ReferenceProblem.Kind.replacementUnconfirmed.suggestedSeverity == .warning)
        #expect(problems(.replaced, in: text, planDate: civil(5, 1, 2023), catalog: catalog).isEmpty)
        #expect(problems(.replacementUnconfirmed, in: text, planDate: civil(5, 1, 2022), catalog: catalog).isEmpty)
        let late = try #require(problems(.replacementUnconfirmed, in: text, planDate: civil(1, 8, 2026),
                                         catalog: catalog).first)
        #expect(late.arguments["currentSuccessor"] == "224/2026/NĐ-CP")
    }

    @Test("catalogDateMismatch: the cited date is not the catalogue's")
    func catalogDateMismatch() throws {
        let catalog = try shippedCatalog()
        let problem = try #require(problems(.catalogDateMismatch, in: "Nghị định số 20/2008/NĐ-CP ngày 14/02/2018",
                                            catalog: catalog).first)
        #expect(problem.arguments["date"] == "14/02/2018")
        #expect(problem.arguments["catalogDate"] == "14/02/2008")
        #expect(problems(.catalogDateMismatch, in: "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008", catalog: catalog).isEmpty)
        #expect(problems(.catalogDateMismatch, in: "Quyêt djnh so 468/QD-TTg ngày 27/3/202 1", catalog: catalog).isEmpty)
    }

    @Test("a clean citation has no problem at all")
    func cleanCitation() throws {
        let text = "Thực hiện Quyết định số 1782/QĐ-UBND ngày 21/12/2022 của Chủ tịch UBND tỉnh; Nghị định số "
            + "107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ."
        #expect(ReferenceAnalysis.problems(in: scan(text), planDate: civil(30, 12, 2022),
                                           catalog: try shippedCatalog()).isEmpty)
    }
}
