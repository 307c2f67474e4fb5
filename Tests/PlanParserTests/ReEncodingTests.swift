import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanlintTestSupport
import Testing

/// The same plan re-encoded or re-laid-out gives the same model, positions aside.
@Suite("Encodings and layouts give the same model")
struct ReEncodingTests {
    struct TaskShape: Equatable, CustomStringConvertible {
        var path, title: String
        var lead, coordinating, product, timeline: String?
        var description: String { "\(path) | \(title.prefix(30)) | \(lead ?? "-") | \(product ?? "-") | \(timeline ?? "-")" }
    }

    static func shape(_ plan: Plan) -> [TaskShape] {
        plan.tasks.map {
            TaskShape(path: $0.path, title: $0.title.value, lead: $0.lead?.value, coordinating: $0.coordinating?.value,
                      product: $0.product?.value, timeline: $0.timeline?.value)
        }
    }

    static func parse(bytes: [UInt8], kind: SourceKind = .text) throws -> Plan {
        PlanParser.parse(try TextReader.read(bytes: bytes, displayPath: "x", kind: kind))
    }

    static var basePath: String { RepositoryPaths.file("samples/good-sotuphap-2023.txt") }

    @Test func nfdCRLFAndUTF16GiveTheSameTasks() throws {
        let text = try String(contentsOfFile: Self.basePath, encoding: .utf8)
        let base = Self.shape(try Self.parse(bytes: Array(text.utf8)))
        #expect(base.count == 20)
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(Self.shape(try Self.parse(bytes: Array(nfd.utf8))) == base)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.shape(try Self.parse(bytes: Array(crlf.utf8))) == base)
        let cr = text.replacingOccurrences(of: "\n", with: "\r")
        #expect(Self.shape(try Self.parse(bytes: Array(cr.utf8))) == base)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        #expect(Self.shape(try Self.parse(bytes: utf16)) == base)
        let bom = [0xEF, 0xBB, 0xBF] + Array(nfd.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(Self.shape(try Self.parse(bytes: bom)) == base)
    }

    @Test func nfdKeepsColumnsInGraphemes() throws {
        let text = try String(contentsOfFile: Self.basePath, encoding: .utf8)
        let nfc = try Self.parse(bytes: Array(text.utf8))
        let nfd = try Self.parse(bytes: Array(text.decomposedStringWithCanonicalMapping.utf8))
        #expect(nfc.tasks.map { $0.lead?.span } == nfd.tasks.map { $0.lead?.span })
        #expect(nfc.tasks.map { $0.timeline?.span } == nfd.tasks.map { $0.timeline?.span })
    }

    @Test(arguments: ["samples/good-sotuphap-2023-pdf.txt", "samples/good-sotuphap-2023.md"])
    func otherLayoutsGiveTheSameTasks(_ relative: String) throws {
        let base = Self.shape(PlanParser.parse(try PlanFileReader.read(path: Self.basePath)))
        let other = Self.shape(PlanParser.parse(try PlanFileReader.read(path: RepositoryPaths.file(relative))))
        #expect(other == base)
    }

    @Test func withoutDiacriticsGivesTheSameStructure() throws {
        let base = PlanParser.parse(try PlanFileReader.read(path: Self.basePath))
        let plain = PlanParser.parse(try PlanFileReader.read(path: RepositoryPaths.file("samples/good-sotuphap-2023-nodiacritics.txt")))
        #expect(plain.tasks.count == base.tasks.count)
        #expect(plain.tasks.allSatisfy { $0.lead != nil && $0.product != nil && $0.timeline != nil })
        #expect(plain.quality.diacriticRatio < 0.05)
        #expect(base.quality.diacriticRatio > 0.5)
    }
}
