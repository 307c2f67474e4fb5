import Foundation
import PlanlintServer
import Testing

@Suite("Upload sniffing")
struct UploadFormatTests {
    static let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml....word/document.xml....".utf8)
    static let pdf = Array("%PDF-1.7\n%âãÏÓ\n".utf8)
    static let text = Array("KẾ HOẠCH\nCải cách hành chính năm 2023\n".utf8)

    @Test("the real format decides; the extension must agree", arguments: [
        (docx, "ke-hoach.docx", UploadFormat.docx), (docx, "KE-HOACH.DOCX", .docx), (pdf, "a.pdf", .pdf),
        (text, "a.txt", .txt), (text, "a.md", .md), (text, "a.markdown", .md),
        ([0xEF, 0xBB, 0xBF] + text, "bom.txt", .txt), ([0xFF, 0xFE, 0x4B, 0x00], "utf16.txt", .txt),
    ] as [([UInt8], String, UploadFormat)])
    func accepted(bytes: [UInt8], name: String, format: UploadFormat) throws {
        #expect(try UploadFormat.sniff(bytes, fileName: name) == format)
    }

    @Test("refusals name what is wrong", arguments: [
        ([], "a.docx", UploadFormat.Refusal.empty),
        (pdf, "ke-hoach.docx", .mismatch(declared: "docx", actual: "tệp PDF")),
        (docx, "ke-hoach.txt", .mismatch(declared: "txt", actual: "tệp Word (.docx)")),
        (text, "ke-hoach.exe", .unsupportedExtension("exe")),
        (text, "ke-hoach", .unsupportedExtension("")),
        ([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "cu.doc", .unsupportedExtension("doc")),
        ([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "cu.docx", .unknownContent),
        ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "zip.docx", .unknownContent),
        ([0x41, 0x00, 0x42], "nul.txt", .unknownContent),
        ([0xC3, 0x28], "latin.txt", .unknownContent),
    ] as [([UInt8], String, UploadFormat.Refusal)])
    func refused(bytes: [UInt8], name: String, refusal: UploadFormat.Refusal) {
        #expect(throws: refusal) { try UploadFormat.sniff(bytes, fileName: name) }
        #expect(!refusal.description.isEmpty)
    }

    @Test("over the size limit")
    func tooLarge() {
        let big = [UInt8](repeating: 0x41, count: UploadFormat.maxBytes + 1)
        #expect(throws: UploadFormat.Refusal.tooLarge(UploadFormat.maxBytes)) { try UploadFormat.sniff(big, fileName: "a.txt") }
    }
}
