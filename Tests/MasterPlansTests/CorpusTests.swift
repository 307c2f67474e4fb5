import Foundation
import Testing
@testable import MasterPlans

/// Units named in the real plans of ../shared/corpus resolve; skipped when the corpus is absent.
@Suite("Corpus units", .enabled(if: Repo.corpusExists))
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
}
