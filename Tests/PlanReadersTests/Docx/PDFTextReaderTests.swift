import Foundation
import PlanModel
import PlanReaders
import Testing

/// PDFs are read through pdftotext when it is installed, and refused clearly when not.
@Suite("PDF text reader")
struct PDFTextReaderTests {
    /// Without pdftotext the reader refuses, naming the tool (the other test is then skipped).
    @Test(.enabled(if: !PDFTextReader.isAvailable, "pdftotext is installed: readsTheTextLayer covers this reader"))
    func refusesNamingPdftotextWhenItIsMissing() throws {
        let error = #expect(throws: PlanReadError.self) {
            try PDFTextReader.read(url: DocxFixtures.url("plan.pdf"), displayPath: "plan.pdf")
        }
        #expect(error?.messageEn.contains("pdftotext") == true)
    }

    @Test(.enabled(if: PDFTextReader.isAvailable, "pdftotext (poppler-utils) is not installed"))
    func readsTheTextLayer() throws {
        let source = try PDFTextReader.read(url: DocxFixtures.url("plan.pdf"), displayPath: "plan.pdf")
        #expect(source.file == SourceFile(path: "plan.pdf", kind: .text))
        #expect(source.lines.map(\.text) == ["KE HOACH", "Cai cach hanh chinh nam 2024",
                                             "a) Ra soat van ban quy pham phap luat", "- Thoi gian: Quy II/2024"])
        #expect(source.lines.map(\.number) == [1, 2, 3, 4])
        // A PDF given to the Word reader is handed over to the PDF reader.
        let viaDocx = try DocxReader.read(url: DocxFixtures.url("plan.pdf"), displayPath: "plan.pdf")
        #expect(viaDocx.lines.map(\.text) == source.lines.map(\.text))
    }

    @Test func scannedPDFIsReportedNotGuessed() throws {
        let error = #expect(throws: PlanReadError.self) {
            try PDFTextReader.read(url: DocxFixtures.url("scanned.pdf"), displayPath: "scanned.pdf")
        }
        let expected = PDFTextReader.isAvailable ? "no text layer" : "pdftotext"
        #expect(error?.messageEn.contains(expected) == true)
    }
}
