import Foundation
import PlanModel
@testable import PlanReaders
import Testing

/// Hostile and broken files end in one clear `PlanReadError`, quickly and without
/// inflating more than the limits allow.
@Suite("Docx hostile and broken files")
struct DocxHostileTests {
    /// (fixture, fragment of the English message, location).
    static let cases: [(String, String, String?)] = [
        ("hostile/bomb-1gb.docx", "too large once inflated", "word/document.xml"),
        ("hostile/bomb-ratio.docx", "abnormal compression ratio", "word/document.xml"),
        ("hostile/bomb-lying-size.docx", "other than the one declared", "word/document.xml"),
        ("hostile/many-entries.docx", "too many entries", nil),
        ("hostile/missing-document.docx", "word/document.xml not found", "word/document.xml"),
        ("hostile/doctype-external-entity.docx", "DOCTYPE/entity", "word/document.xml"),
        ("hostile/entity-expansion.docx", "DOCTYPE/entity", "word/numbering.xml"),
        ("hostile/deep-nesting.docx", "nested too deeply", "word/document.xml"),
        ("hostile/truncated.docx", "damaged or truncated", nil),
        ("hostile/corrupt-data.docx", "cannot be inflated", "word/document.xml"),
        ("hostile/legacy.doc", "legacy Word (.doc)", nil),
        ("hostile/encrypted.docx", "password-protected", nil),
        ("hostile/not-a-zip.docx", "not a Word .docx", nil),
        ("hostile/empty.docx", "empty", nil),
        ("hostile/workbook.docx", "Excel", nil),
    ]

    @Test(arguments: cases)
    func refusedWithOneLineReason(fixture: String, fragment: String, location: String?) throws {
        let clock = ContinuousClock()
        var caught: PlanReadError?
        let elapsed = clock.measure {
            do throws(PlanReadError) {
                _ = try DocxReader.read(url: DocxFixtures.url(fixture), displayPath: fixture)
            } catch {
                caught = error
            }
        }
        let error = try #require(caught, "\(fixture) was read without error")
        print("[docx hostile] \(fixture): \(elapsed) — \(error.line(english: true))")
        #expect(error.messageEn.contains(fragment))
        #expect(error.location == location)
        #expect(error.file == fixture)
        #expect(!error.line().contains("\n") && !error.message.isEmpty)
        #expect(error.message != error.messageEn)
        #expect(elapsed < .seconds(5))
    }

    /// The bombs are stopped before (declared sizes) or at the first chunk past the
    /// declared size (lying headers), never after inflating up to the limit.
    @Test(arguments: [("hostile/bomb-1gb.docx", 0), ("hostile/bomb-ratio.docx", 0),
                      ("hostile/bomb-lying-size.docx", 256 * 1024)])
    func bombsStopEarly(fixture: String, maxInflated: Int) throws {
        var package = try DocxPackage(url: DocxFixtures.url(fixture), displayPath: fixture, limits: .default)
        do {
            _ = try package.read("word/document.xml")
            Issue.record("\(fixture): the bomb was inflated")
        } catch {
            print("[docx hostile] \(fixture): stopped after inflating \(package.bytesAttempted) bytes")
            #expect(package.bytesAttempted <= maxInflated)
        }
    }

    @Test func limitsAreConfigurable() throws {
        var tight = DocxLimits.default
        tight.maxEntries = 3
        #expect(throws: PlanReadError.self) {
            try DocxReader.read(url: DocxFixtures.url("plan-typed.docx"), displayPath: "p", limits: tight)
        }
        tight = .default
        tight.maxXMLDepth = 5
        let error = #expect(throws: PlanReadError.self) {
            try DocxReader.read(url: DocxFixtures.url("plan-typed.docx"), displayPath: "p", limits: tight)
        }
        #expect(error?.messageEn.contains("nested too deeply") == true)
        tight = .default
        tight.maxUncompressedSize = 4_000
        #expect(throws: PlanReadError.self) {
            try DocxReader.read(url: DocxFixtures.url("plan-typed.docx"), displayPath: "p", limits: tight)
        }
    }

    @Test(arguments: [
        ("<!DOCTYPE x>", true), ("<!doctype x>", true), ("<?xml?><!ENTITY a 'b'>", true),
        ("<a><!-- <!DOC --></a>", false), ("<a><![CDATA[x]]></a>", false), ("<a>&lt;!DOCTYPE</a>", false),
        ("<w:t>DOCTYPE</w:t>", false), ("", false),
    ])
    func declarationScan(xml: String, refused: Bool) {
        #expect(SafeXMLParser.containsDeclaration(Data(xml.utf8)) == refused)
    }

    @Test func declarationScanSeesUTF16() {
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<?xml version=\"1.0\"?><!DOCTYPE a []><a/>".utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        #expect(SafeXMLParser.containsDeclaration(utf16))
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14], DocumentFormat.zip),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], .legacyWord),
        (Array("%PDF-1.7\n".utf8), .pdf), (Array("{\\rtf1\\ansi".utf8), .rtf),
        (Array("<?xml version=\"1.0\"?><w:wordDocument>".utf8), .wordXML),
        (Array("Kế hoạch".utf8), .unknown), ([], .unknown),
    ] as [([UInt8], DocumentFormat)])
    func sniffing(head: [UInt8], expected: DocumentFormat) {
        #expect(DocumentFormat.sniff(head: Data(head)) == expected)
    }
}
