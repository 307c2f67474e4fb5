import Foundation
import PlanModel
@testable import PlanReaders

/// Locates the fixtures written by scripts/make_docx_fixtures.py.
enum DocxFixtures {
    /// Tests/PlanReadersTests/Fixtures/docx, found from this file's path.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/docx", isDirectory: true)

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Reads a fixture, with its name as the display path.
    static func read(_ name: String) throws -> SourceText {
        try DocxReader.read(url: url(name), displayPath: name)
    }

    static func document(_ name: String) throws -> DocxDocument {
        try DocxReader.readDocument(url: url(name), displayPath: name)
    }

    /// What a person sees on each line: the generated number, then the text.
    static func shown(_ source: SourceText) -> [String] {
        source.lines.map { $0.generatedPrefix + $0.text }
    }
}
