import Foundation
import Testing
@testable import MasterPlans

/// Units named in the real plans of ../shared/corpus resolve; skipped when the corpus is absent.
@Suite("Corpus units", .enabled(if: Repo.corpusExists, "the reference corpus ../shared/corpus is absent"))
struct CorpusTests {
    /// Values of the lead and coordinating fields of a plan ("- Đơn vị chủ trì: …").
    static func fieldValues(_ text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            for label in ["- Đơn vị chủ trì:", "- Đơn vị phối hợp:", "- Đơn vị thực hiện:"] where t.hasPrefix(label) {
                return String(t.dropFirst(label.count))
            }
            return nil
        }
    }

    @Test("every unit in the Văn phòng plans resolves or is an internal office",
          arguments: ["qng-vpubnd-cchc-2022.txt", "qng-vpubnd-cchc-2023-draft.txt"])
    func vanPhongPlans(file: String) throws {
        let resolver = UnitResolver(registry: try Repo.registry("quang-ngai"))
        let values = Self.fieldValues(try Repo.corpusText(file))
        #expect(values.count > 40)
        var resolved = 0
        for value in values {
            for mention in resolver.resolve(value) {
                switch mention.match {
                case .unit, .group: resolved += 1
                case .unknown(let closest, let looksInternal):
                    // Wrapped lines cut some names in two ("Trung tâm Phục vụ - Kiểm soát"): those
                    // must still point at the right unit.
                    #expect(looksInternal || closest.first != nil, "\(file): \"\(mention.text)\"")
                }
            }
        }
        #expect(resolved > 45)
    }

    @Test("the Ban Dân tộc's OCR header points at the Ban Dân tộc without resolving it")
    func banDanTocHeader() throws {
        let lines = try Repo.corpusText("qng-bandantoc-par-2023-ocr.txt").components(separatedBy: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        // First column of the two header lines: "UBND TINH QUANG NGAlI" / "BAN DAN TQC".
        let parent = String(lines[0].prefix(21))
        let issuer = String(lines[1].prefix(11))
        #expect(issuer == "BAN DAN TQC")
        let result = UnitResolver(registry: try Repo.registry("quang-ngai")).resolveIssuer(issuer, parent: parent)
        #expect(result.unit == nil)
        #expect(result.closest.first?.unit.id == "ban-dan-toc")
    }

    /// Headings "1. …" of part II of a plan (the areas), joined with a wrapped next line.
    static func areaHeadings(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("II.") }) else { return [] }
        let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix("III.") }) ?? lines.count
        var headings: [String] = []
        for i in start..<end {
            let line = lines[i]
            guard let first = line.first, first.isNumber, line.dropFirst().hasPrefix(". ") else { continue }
            // A wrapped heading continues on a line that starts no item ("a)", "- ", "2.").
            let next = i + 1 < end ? lines[i + 1] : ""
            let startsItem = next.isEmpty || next.hasPrefix("-") || next.first!.isNumber
                || (next.count > 1 && next.dropFirst().hasPrefix(")"))
            headings.append(startsItem ? line : line + " " + next)
        }
        return headings
    }

    @Test("the Văn phòng plans name every required reform area", arguments: [
        ("qng-vpubnd-cchc-2022.txt", 2022, [String]()),
        ("qng-vpubnd-cchc-2023-draft.txt", 2023, ["chi-dao-dieu-hanh"]),
    ])
    func vanPhongAreas(file: String, year: Int, optionalPresent: [String]) throws {
        let pack = try Repo.pack("quang-ngai", year)
        let recognizer = AreaRecognizer(areas: pack.areas)
        let found = Self.areaHeadings(try Repo.corpusText(file)).compactMap { recognizer.area(forHeading: $0)?.id }
        let required = pack.areas.filter { $0.required }.map(\.id)
        #expect(Set(required).isSubset(of: Set(found)), "\(file): found \(found)")
        for id in optionalPresent { #expect(found.contains(id)) }
    }
}
