import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import PlanRules
import Testing

/// `planlint check` on the corpus and samples, as the issues' acceptance lists it.
@Suite("Check acceptance")
struct CheckAcceptanceTests {
    static func check(_ path: String?, mode: PlanMode? = nil, lang: String? = nil) throws -> [Finding]? {
        let path = try #require(path, "the plan file is missing")
        var request = LintRequest(files: [path])
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        request.mode = mode
        request.language = lang
        let result = try Linter.run(request)
        #expect(result.readErrors.isEmpty)
        return result.report.allFindings
    }

    static func corpus(_ name: String) -> String? { RepositoryPaths.corpusFile(name) }
    static func sample(_ name: String) -> String { RepositoryPaths.file("samples/" + name) }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func draftNumberingFindingsAreExactlyTheMissingCAndH() throws {
        let f = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2023-draft.txt")))
        let numbering = f.filter { $0.ruleId.hasPrefix("numbering.") }
        #expect(numbering.map(\.ruleId) == ["numbering.gap", "numbering.gap"])
        #expect(numbering.map { $0.span?.start.line } == [103, 145])
        #expect(numbering[0].message.contains("c)") && numbering[1].message.contains("h)"))
        let blank = f.filter { $0.ruleId == "header.number.blank" || $0.ruleId == "header.date.blank" }
        #expect(blank.count == 2 && blank.allSatisfy { $0.severity == .info })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func finalModeMakesBlankNumberAndDateErrors() throws {
        let f = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2023-draft.txt"), mode: .final))
        let blank = f.filter { $0.ruleId == "header.number.blank" || $0.ruleId == "header.date.blank" }
        #expect(blank.count == 2 && blank.allSatisfy { $0.severity == .error })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func vanPhong2022MissesDOfII4() throws {
        let f = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2022.txt")))
        let gaps = f.filter { $0.ruleId == "numbering.gap" }
        #expect(gaps.count == 1)
        #expect(gaps.first?.path == "II.4.đ" && gaps.first?.message.contains("d)") == true)
        #expect(!f.contains { $0.ruleId.hasPrefix("reference.") }, "NĐ 43/2011 was in force in early 2022")
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func banDanTocRepeatedDAndMissingDiacriticsButRealGapsStillReported() throws {
        let f = try #require(try Self.check(Self.corpus("qng-bandantoc-par-2023-ocr.txt")))
        #expect(f.filter { $0.ruleId.hasPrefix("numbering.repeat") }.map(\.ruleId) == ["numbering.repeat.lost-stroke"], "d) d) in text without diacritics: reported, as probably đ)")
        #expect(f.filter { $0.ruleId == "text.no-diacritics" }.count == 1)
        #expect(!f.contains { $0.ruleId == "text.damaged" })
        #expect(f.filter { $0.ruleId == "task.product-timeline.missing-under-unit" }.count >= 30)
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func garbledOCRGivesOneQualityFindingNotFieldNoise() throws {
        let f = try #require(try Self.check(Self.corpus("qtri-ubnd-cchc-2022-master-ocr.txt")))
        #expect(f.filter { $0.ruleId == "text.damaged" }.count == 1)
        #expect(!f.contains { $0.ruleId.hasPrefix("task.") || $0.ruleId.hasPrefix("numbering.") || $0.ruleId.hasPrefix("header.") })
        // Legal citations are still checked through the damage.
        let refs = f.filter { $0.ruleId.hasPrefix("reference.") }
        #expect(refs.contains { $0.ruleId == "reference.missing-year-segment" && $0.message.contains("107/2021/NĐ-CP") })
        #expect(refs.contains { $0.ruleId == "reference.conflicting-dates" && $0.message.contains("1847/QĐ-TTg") })
        let replaced = refs.filter { $0.ruleId == "reference.replaced" }
        #expect(replaced.contains { $0.message.contains("16/201") } && replaced.contains { $0.message.contains("14 1/20") || $0.message.contains("141/") })
        #expect(replaced.allSatisfy { $0.message.contains("60/2021/NĐ-CP") })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func englishMessagesOnRequest() throws {
        let f = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2023-draft.txt"), lang: "en"))
        #expect(f.first { $0.ruleId == "numbering.gap" }?.message.hasPrefix("In II.2, numbering skips") == true)
        let vi = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2023-draft.txt")))
        #expect(vi.first { $0.ruleId == "numbering.gap" }?.message.hasPrefix("Trong II.2") == true)
    }

    @Test func staleYearSample() throws {
        let f = try #require(try Self.check(Self.sample("stale-year-2023.txt")))
        #expect(f.filter { $0.ruleId == "timeline.year.stale" }.map(\.path) == ["II.1.a", "II.2.b"])
        #expect(!f.contains { $0.path == "II.7.b" }, "the task about next year's plan is not flagged")
        #expect(f.contains { $0.path == "II.3.a" && $0.ruleId == "timeline.after-plan-year" })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func staleYearIsNotReportedInTheCorpusDraft() throws {
        let draft = try #require(try Self.check(Self.corpus("qng-vpubnd-cchc-2023-draft.txt")))
        #expect(!draft.contains { $0.ruleId == "timeline.year.stale" })
    }

    @Test func nd43Of2011IsAWarningToVerifyIn2023() throws {
        let f = try #require(try Self.check(Self.sample("references-2023.txt")))
        let w = try #require(f.first { $0.ruleId == "reference.replacement-unconfirmed" })
        #expect(w.severity == .warning && w.message.contains("42/2022/NĐ-CP"))
        #expect(f.contains { $0.ruleId == "reference.missing-year-segment" })
        #expect(f.contains { $0.ruleId == "reference.type-word-mismatch" })
        #expect(f.contains { $0.ruleId == "reference.invalid-date" })
        #expect(f.contains { $0.ruleId == "reference.date-after-plan" })
        #expect(f.contains { $0.ruleId == "reference.conflicting-dates" })
        #expect(f.contains { $0.ruleId == "reference.replaced" && $0.message.contains("60/2021/NĐ-CP") })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func everyReferenceInTheCleanPlansIsExtracted() throws {
        // Counted by hand (see Tests/LegalReferencesTests): 19 in the 2022 plan, 21 in the 2023 draft.
        for (name, count) in [("qng-vpubnd-cchc-2022.txt", 19), ("qng-vpubnd-cchc-2023-draft.txt", 21)] {
            let path = try #require(Self.corpus(name))
            #expect(try PlanLoader.load(path: path).references.count == count, "\(name)")
        }
    }

    @Test func completeSampleIsClean() throws {
        let f = try #require(try Self.check(Self.sample("good-sotuphap-2023.txt")))
        #expect(f.filter { $0.severity >= .warning }.isEmpty, "\(f.map(\.message))")
    }
}
