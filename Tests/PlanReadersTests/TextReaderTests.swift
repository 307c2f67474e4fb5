import Foundation
import PlanModel
@testable import PlanReaders
import Testing

@Suite("Text reader")
struct TextReaderTests {
    static func tempFile(_ bytes: [UInt8], _ name: String = "plan.txt") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let path = Self.tempFile(Array("Kế hoạch".utf8) + [0xC3, 0x28] + Array(" năm".utf8))
        #expect { try PlanFileReader.read(path: path) } throws: { error in
            guard let e = error as? PlanReadError else { return false }
            return e.location == "byte \(Array("Kế hoạch".utf8).count)" && e.line().contains(path)
        }
    }

    @Test func truncatedMultibyteSequenceAtEndIsInvalid() {
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0xE1, 0xBA], from: 0) == 1)
        #expect(TextDecoder.firstInvalidUTF8(Array("Đơn vị chủ trì".utf8), from: 0) == nil)
        #expect(TextDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80], from: 0) == 0, "surrogates are not UTF-8")
        #expect(TextDecoder.firstInvalidUTF8([0xC0, 0x80], from: 0) == 0, "overlong")
    }

    @Test func binaryFileIsRefused() {
        let path = Self.tempFile([0x89, 0x50, 0x4E, 0x47] + [UInt8](repeating: 0, count: 10))
        #expect(throws: PlanReadError.self) { try PlanFileReader.read(path: path) }
        let nul = Self.tempFile(Array("abc".utf8) + [0] + Array("def".utf8))
        #expect { try PlanFileReader.read(path: nul) } throws: { ($0 as? PlanReadError)?.location == "byte 3" }
    }

    @Test func emptyDirectoryAndMissingFilesAreClearErrors() {
        let empty = Self.tempFile([])
        let blank = Self.tempFile(Array(" \n\n \r\n".utf8))
        for path in [empty, blank, FileManager.default.temporaryDirectory.path, "/nonexistent/plan.txt"] {
            #expect(throws: PlanReadError.self) { try PlanFileReader.read(path: path) }
        }
    }

    @Test func legacyDocIsRefusedWithAdvice() {
        let path = Self.tempFile([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "plan.doc")
        #expect { try PlanFileReader.read(path: path) } throws: { ($0 as? PlanReadError)?.messageEn.contains(".docx") == true }
    }

    @Test(arguments: [
        ("a\nb\r\nc\rd", ["a", "b", "c", "d"]),
        ("a\n\nb\n", ["a", "", "b"]),
        ("a\u{0C}b\nc", ["a\u{0C}b", "c"]),
        ("\r\n\r\n", ["", ""]),
    ])
    func linesEndAtLFCRLFAndCR(_ text: String, _ expected: [String]) {
        #expect(TextReader.splitLines(text) == expected)
    }
}
