import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// A Word file gives the same model as the same plan in text, and tables of tasks give
/// the same tasks whether they come from Word, a Markdown pipe table or a web copy.
@Suite("Word twins and task tables")
struct WordTwinTests {
    struct Shape: Equatable, CustomStringConvertible {
        var path, title: String
        var lead, coordinating, product, timeline: String?
        var description: String { "\(path) | \(title.prefix(25)) | \(lead ?? "-") | \(product ?? "-") | \(timeline ?? "-")" }
    }

    static func shape(_ relative: String) throws -> [Shape] {
        try PlanLoader.load(path: RepositoryPaths.file(relative)).tasks.map {
            Shape(path: $0.path, title: $0.title.value, lead: $0.lead?.value, coordinating: $0.coordinating?.value,
                  product: $0.product?.value, timeline: $0.timeline?.value)
        }
    }

    @Test(arguments: [
        ("samples/good-sotuphap-2023.txt", "samples/docx/good-sotuphap-2023.docx"),
        ("samples/defects-vanphong-2023.txt", "samples/docx/defects-vanphong-2023.docx"),
        ("samples/stale-year-2023.txt", "samples/docx/stale-year-2023.docx"),
        ("samples/docx/ke-hoach-cchc-2024-so.txt", "samples/docx/ke-hoach-cchc-2024-so-go-tay.docx"),
    ])
    func textAndWordGiveTheSameTasks(_ text: String, _ word: String) throws {
        let a = try Self.shape(text), b = try Self.shape(word)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func automaticNumberingGivesTheSamePathsAsTyped() throws {
        let typed = try Self.shape("samples/docx/ke-hoach-cchc-2024-so-go-tay.docx")
        let auto = try Self.shape("samples/docx/ke-hoach-cchc-2024-so-tu-dong.docx")
        #expect(typed.map(\.path) == auto.map(\.path))
        #expect(typed == auto)
        let plan = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/ke-hoach-cchc-2024-so-tu-dong.docx"))
        #expect(plan.allSections.map(\.path).contains("II.2"))
    }

    @Test func wordLocationsAreParagraphNumbers() throws {
        let plan = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/good-sotuphap-2023.docx"))
        let lead = try #require(plan.tasks.first?.lead)
        #expect(lead.span.logical?.paragraph == lead.span.start.line)
    }

    @Test func appendixTableInWordMarkdownAndWebCopyGiveTheSameRows() throws {
        let word = try PlanLoader.load(path: RepositoryPaths.file("Tests/PlanReadersTests/Fixtures/docx/appendix-table.docx")).tasks
        let md = try PlanLoader.load(path: RepositoryPaths.file("samples/tables/appendix.md")).tasks
        let web = try PlanLoader.load(path: RepositoryPaths.file("samples/tables/appendix-webcopy.txt")).tasks
        #expect(word.count == 6)
        for set in [word, md, web] {
            #expect(set.count == word.count)
            #expect(set.allSatisfy { $0.lead != nil && $0.coordinating != nil && $0.product != nil && $0.timeline != nil })
        }
        // A cell may hold several lines; compare the words.
        func words(_ tasks: [PlanTask]) -> [String] { tasks.map { $0.title.value.split(whereSeparator: \.isWhitespace).joined(separator: " ") } }
        #expect(words(md) == words(word))
        #expect(words(web) == words(word))
        #expect(md.map { $0.timeline?.value } == word.map { $0.timeline?.value })
        #expect(word.first?.lead?.span.logical?.table == 1)
    }
}
