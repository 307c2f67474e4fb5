import Foundation
import PlanModel

/// Entry points for the structured formats, kept apart so their readers can evolve alone.
enum DocumentReaders {
    static func docx(_ url: URL, _ displayPath: String) throws(PlanReadError) -> SourceText {
        try DocxReader.read(url: url, displayPath: displayPath)
    }

    static func pdf(_ url: URL, _ displayPath: String) throws(PlanReadError) -> SourceText {
        try PDFTextReader.read(url: url, displayPath: displayPath)
    }
}
