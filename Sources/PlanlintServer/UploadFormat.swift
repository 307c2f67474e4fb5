import Foundation

/// The formats the service accepts, decided from the bytes; the uploaded name only has to agree.
public enum UploadFormat: String, Sendable, CaseIterable {
    case docx, pdf, txt, md

    public static let maxBytes = 20 * 1024 * 1024

    /// Why an upload is refused, in words an official understands.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case tooLarge(Int)
        case unsupportedExtension(String)
        case mismatch(declared: String, actual: String)
        case unknownContent

        public var description: String {
            switch self {
            case .empty: return "Tệp tải lên rỗng."
            case .tooLarge(let limit): return "Tệp quá lớn: tối đa \(limit / 1024 / 1024) MB."
            case .unsupportedExtension(let ext):
                return "Không nhận tệp “.\(ext)”: chỉ nhận .docx, .pdf, .txt hoặc .md."
            case .mismatch(let declared, let actual):
                return "Tên tệp có đuôi “.\(declared)” nhưng nội dung là \(actual). Hãy lưu lại đúng định dạng rồi tải lên lại."
            case .unknownContent:
                return "Nội dung tệp không phải Word (.docx), PDF hay văn bản thuần (UTF-8/UTF-16)."
            }
        }
    }

    /// The real format of `bytes`, checked against the extension of `fileName`.
    public static func sniff(_ bytes: [UInt8], fileName: String) throws(Refusal) -> UploadFormat {
        if bytes.isEmpty { throw .empty }
        if bytes.count > maxBytes { throw .tooLarge(maxBytes) }
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard let declared = UploadFormat(rawValue: ext == "markdown" ? "md" : ext) else { throw .unsupportedExtension(ext) }
        let actual = try content(bytes)
        switch (declared, actual) {
        case (.docx, .docx), (.pdf, .pdf), (.txt, .txt), (.md, .txt): return declared
        default: throw .mismatch(declared: ext, actual: actual.describe)
        }
    }

    var describe: String {
        switch self {
        case .docx: return "tệp Word (.docx)"
        case .pdf: return "tệp PDF"
        case .txt, .md: return "văn bản thuần"
        }
    }

    /// What the bytes are: a ZIP holding word/document.xml, a PDF, or decodable text.
    static func content(_ bytes: [UInt8]) throws(Refusal) -> UploadFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // The first local header names a part of the package; Word's own files start with
            // [Content_Types].xml, and a document part is named in the central directory.
            let marker = Array("word/document.xml".utf8)
            if contains(bytes, marker) { return .docx }
            throw .unknownContent
        }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .unknownContent }  // legacy .doc
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .txt }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if body.contains(0) { throw .unknownContent }
        guard String(validating: body, as: UTF8.self) != nil else { throw .unknownContent }
        return .txt
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
