import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanlintTestSupport
import Testing
import VietnameseText

/// Every task field's line and column must point at that text in the original file:
/// open the file at the span and compare (folded, so OCR or NFD does not matter).
@Suite("Spans point at the original text")
struct SourceSpanFidelityTests {
    static let corpusFiles = ["qng-vpubnd-cchc-2022.txt", "qng-vpubnd-cchc-2023-draft.txt", "qng-bandantoc-par-2023-ocr.txt",
                              "qng-vpubnd-par-targets-fragment.txt", "qtri-ubnd-cchc-2022-master-ocr.txt"]

    static func check(path: String) throws -> Int {
        let source = try PlanFileReader.read(path: path)
        let plan = PlanParser.parse(source)
        var checked = 0
        for task in plan.tasks {
            for field in [task.title, task.lead, task.coordinating, task.product, task.timeline].compactMap({ $0 }) {
                let line = source.lines[field.span.start.line - 1].text
                let graphemes = Array(line)
                let startIndex = field.span.start.column - 1
                #expect(startIndex >= 0 && startIndex < graphemes.count, "\(path):\(field.span.start.line) column out of range")
                guard startIndex >= 0, startIndex < graphemes.count else { continue }
                let original = VietnameseNormalizer.normalize(line: String(graphemes[startIndex...])).string
                let want = VietnameseFolding.fold(String(field.value.split(separator: "\n").first ?? "").prefix(12).description)
                let got = VietnameseFolding.fold(original.replacingOccurrences(of: "  ", with: " "))
                #expect(got.hasPrefix(want), "\(path):\(field.span.start.line):\(field.span.start.column) '\(got.prefix(20))' vs '\(want)'")
                checked += 1
            }
        }
        return checked
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"), arguments: corpusFiles)
    func corpusFieldSpans(_ name: String) throws {
        let path = try #require(RepositoryPaths.corpusFile(name))
        _ = try Self.check(path: path)
    }

    @Test func sampleFieldSpans() throws {
        let dir = RepositoryPaths.file("samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        var total = 0
        for n in names where n != "README.md" { total += try Self.check(path: dir + "/" + n) }
        #expect(total > 100)
    }
}
