import Foundation
import LegalReferences
import PlanModel

/// Scans `text`, encoding each citation's scalar range in its span (line = lower bound,
/// column = upper bound) so tests can check offsets without a source map.
func scan(_ text: String) -> [LegalReference] {
    LegalReferenceScanner.scan(text) { range in
        SourceSpan(file: "test", start: SourcePosition(line: range.lowerBound, column: 0),
                   end: SourcePosition(line: range.upperBound, column: 0))
    }
}

/// The repository root: three levels up from Tests/LegalReferencesTests/File.swift
/// (symbolic links resolved, so a build harness that links the folder finds the repository).
let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared corpus, `../shared/corpus` from the repository root; nil when absent.
func corpusText(_ name: String) -> String? {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/\(name)")
    return (try? String(contentsOf: url, encoding: .utf8)).map { $0.precomposedStringWithCanonicalMapping }
}

/// The non-blank lines of a PDF extraction joined with single spaces, as the reader
/// joins wrapped lines ("33/2018/QĐ-" + newline + "UBND" becomes "33/2018/QĐ- UBND").
func joinedLines(_ text: String) -> String {
    text.components(separatedBy: .newlines)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
        .joined(separator: " ")
}

func civil(_ day: Int, _ month: Int, _ year: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)
}
