import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import PlanReaders
import Testing
import VietnameseText

/// In Word files, spans count the typed characters of a paragraph; Word's automatic
/// numbering ("d) ") is generated and is not in the file. Task fields and finding markers
/// must point at the right characters, and the quoted line must be the typed text.
@Suite("Spans in Word files")
struct WordSpanTests {
    static let wordFiles: [String] = {
        let dirs = ["samples/docx", "Tests/PlanReadersTests/Fixtures/docx"]
        return dirs.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.file(dir))) ?? [])
                .filter { $0.hasSuffix(".docx") }.sorted().map { "\(dir)/\($0)" }
        }
    }()

    static func fold(_ s: some StringProtocol) -> String {
        VietnameseFolding.fold(VietnameseNormalizer.normalize(line: String(s)).string)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func thereAreWordSamples() { #expect(Self.wordFiles.count >= 8) }

    @Test(arguments: wordFiles)
    func taskFieldsPointAtTheirText(_ relative: String) throws {
        let (source, plan) = try DocumentLoader.load(path: RepositoryPaths.file(relative))
        let lines = Dictionary(source.lines.map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        for task in plan.tasks {
            for field in [task.title, task.lead, task.coordinating, task.product, task.timeline].compactMap({ $0 })
            where !field.value.isEmpty {
                let line = Array(try #require(lines[field.span.start.line], "\(relative): no paragraph \(field.span.start.line)"))
                let start = field.span.start.column - 1
                try #require(start >= 0 && start < line.count, "\(relative):\(field.span.start.line):\(field.span.start.column) out of range")
                let typed = Self.fold(String(line[start...]))
                let want = String(Self.fold(field.value.split(separator: "\n").first ?? "").prefix(12))
                #expect(typed.hasPrefix(want), "\(relative):\(field.span.start.line):\(field.span.start.column) '\(typed.prefix(20))' ≠ '\(want)'")
            }
        }
    }

    /// The bug this guards: excerpts quoted Word's generated "d) " in front of the typed
    /// text while columns counted only the typed text, so markers and SARIF snippets
    /// were shifted by the prefix length.
    @Test(arguments: wordFiles.filter { !$0.contains("hostile") })
    func excerptsAreTheTypedTextAndMarkersLineUp(_ relative: String) throws {
        let path = RepositoryPaths.file(relative)
        let result = try Linter.run(LintRequest(files: [path]))
        guard let file = result.report.files.first else { return }  // unreadable fixtures are covered elsewhere
        let (source, _) = try DocumentLoader.read(path: path)
        let typed = Dictionary(source.lines.map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        for finding in file.findings {
            guard let span = finding.span else { continue }
            let excerpt = try #require(file.excerpts[span.start.line])
            #expect(excerpt == typed[span.start.line], "\(relative):\(span.start.line): excerpt is not the typed text")
        }
    }

    /// The same plan with typed numbers and with Word's automatic numbering: every finding
    /// that marks a task's text marks the same characters in both.
    @Test func typedAndAutomaticNumberingMarkTheSameText() throws {
        func marked(_ relative: String) throws -> [String] {
            let result = try Linter.run(LintRequest(files: [RepositoryPaths.file(relative)]))
            let file = try #require(result.report.files.first)
            return file.findings.compactMap { f -> String? in
                guard let span = f.span, span.start.line == span.end.line, !f.ruleId.hasPrefix("numbering."),
                      // Presentation differs by construction (numbered paragraphs are not indented).
                      !f.ruleId.hasPrefix("format."),
                      let line = file.excerpts[span.start.line].map(Array.init) else { return nil }
                let lower = min(max(span.start.column - 1, 0), line.count), upper = min(max(span.end.column - 1, lower), line.count)
                return "\(f.ruleId) \(f.path ?? "") \(String(line[lower..<upper]))"
            }.sorted()
        }
        let typed = try marked("samples/docx/ke-hoach-cchc-2024-so-go-tay.docx")
        let automatic = try marked("samples/docx/ke-hoach-cchc-2024-so-tu-dong.docx")
        #expect(!typed.isEmpty)
        #expect(typed == automatic)
    }

    @Test func aRenamedWordFileKeepsItsTables() throws {
        let original = RepositoryPaths.file("Tests/PlanReadersTests/Fixtures/docx/appendix-table.docx")
        let renamed = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-renamed-\(UUID().uuidString).txt").path
        try FileManager.default.copyItem(atPath: original, toPath: renamed)
        defer { try? FileManager.default.removeItem(atPath: renamed) }
        let want = try DocumentLoader.load(path: original).1.tasks.map { [$0.title.value, $0.lead?.value, $0.product?.value] }
        let got = try DocumentLoader.load(path: renamed).1.tasks.map { [$0.title.value, $0.lead?.value, $0.product?.value] }
        #expect(want.count == 6)
        #expect(got == want)
    }

    @Test func onlyRegularFilesAreOpened() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-fifo-\(UUID().uuidString).docx").path
        try #require(mkfifo(fifo, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect { try DocumentLoader.load(path: fifo) } throws: { ($0 as? PlanReadError)?.file == fifo }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-dir-\(UUID().uuidString).docx").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect { try DocumentLoader.load(path: folder) } throws: { ($0 as? PlanReadError)?.messageEn.contains("directory") == true }
    }
}
