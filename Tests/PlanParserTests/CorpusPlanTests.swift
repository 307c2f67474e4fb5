import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanlintTestSupport
import Testing

/// The hand-checked facts of ../shared/corpus/README.md, read through the real pipeline.
@Suite("Corpus plans")
struct CorpusPlanTests {
    static func load(_ name: String) throws -> Plan? {
        let path = try #require(RepositoryPaths.corpusFile(name), "corpus file \(name) is missing")
        return PlanParser.parse(try PlanFileReader.read(path: path))
    }

    static func areas(_ plan: Plan, under part: String) -> Set<String> {
        Set(plan.tasks.filter { $0.path.hasPrefix(part + ".") }.map { $0.path.split(separator: ".").prefix(2).joined(separator: ".") })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func vanPhong2022HasTwentySixTasksInSixAreas() throws {
        let plan = try #require(try Self.load("qng-vpubnd-cchc-2022.txt"))
        #expect(plan.tasks.count == 26)
        #expect(Self.areas(plan, under: "II") == ["II.1", "II.2", "II.3", "II.4", "II.5", "II.6"])
        for t in plan.tasks {
            #expect(t.lead != nil, "\(t.path) lead")
            #expect(t.product != nil, "\(t.path) product")
            #expect(t.timeline != nil, "\(t.path) timeline")
        }
        let b = try #require(plan.tasks.first { $0.path == "II.6.b" })
        #expect(b.leadLabel == "Đơn vị thực hiện")
        #expect(b.coordinating == nil)
        #expect(plan.tasks.contains { $0.path == "II.3" }, "II.3 is one unlettered task")
        #expect(plan.year == 2022)
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func vanPhong2023DraftHasThirtyFourTasksAndBlankNumberAndDate() throws {
        let plan = try #require(try Self.load("qng-vpubnd-cchc-2023-draft.txt"))
        #expect(plan.tasks.count == 34)
        #expect(Self.areas(plan, under: "II").count == 7)
        #expect(plan.tasks.allSatisfy { $0.lead != nil && $0.product != nil && $0.timeline != nil })
        #expect(plan.header.number?.value == "")
        #expect(plan.header.numberIsBlank)
        #expect(plan.header.symbol?.value == "KH-VP")
        #expect(plan.header.date == nil)
        #expect(plan.header.dateIsBlank)
        #expect(plan.year == 2023)
        #expect(plan.tasks.filter { $0.leadLabel == "Đơn vị thực hiện" }.map(\.path) == ["II.6.b", "II.6.c"])
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func banDanTocOCRHeaderAndSevenAreasWithTargets() throws {
        let plan = try #require(try Self.load("qng-bandantoc-par-2023-ocr.txt"))
        #expect(plan.header.number?.value == "98")
        #expect(plan.header.symbol?.value == "KH-BDT")
        #expect(plan.header.date?.value == CivilDate(year: 2023, month: 2, day: 27))
        let areas = try #require(plan.allSections.first { $0.children.filter { $0.marker.style == .letter }.count >= 7 })
        let lettered = areas.children.filter { $0.marker.style == .letter }
        #expect(lettered.map(\.marker.label) == ["a", "b", "c", "d", "d", "e", "g"])
        let points = lettered.map { $0.targets.first?.points }
        #expect(points == [10.5, 6.5, 12.5, 8, 10, 8, 11.5])
        #expect(lettered.allSatisfy { $0.targets.first?.maxPoints != nil })
        // Tasks are bullets under the unit responsible; the lead comes from that heading.
        let headed = plan.tasks.filter { $0.leadSource == .heading }
        #expect(headed.count >= 40)
        #expect(headed.allSatisfy { $0.product == nil && $0.timeline == nil })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"), arguments: ["qng-vpubnd-par-targets-fragment.txt", "qtri-ubnd-cchc-2022-master-ocr.txt"])
    func damagedOrPartialPlansParseAndSayWhatIsAbsent(_ name: String) throws {
        let plan = try #require(try Self.load(name))
        #expect(plan.lineCount > 100)
        if name.contains("fragment") {
            #expect(plan.header.number == nil && plan.header.date == nil && plan.header.issuer == nil)
            #expect(!plan.tasks.isEmpty)
            #expect(plan.tasks.allSatisfy { $0.lead == nil && $0.product == nil && $0.timeline == nil })
        } else {
            #expect(plan.quality.validSyllableRatio < 0.85)
        }
    }
}
