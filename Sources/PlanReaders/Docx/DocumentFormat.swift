import Foundation

/// What a file really is, judged by its first bytes rather than its name.
///
/// Users rename files, and mail systems hand out `.docx` files that are really old
/// `.doc`, PDF or RTF; sniffing lets the reader say what to do instead of "corrupt".
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// A ZIP archive (Word 2007+ `.docx`, or any other ZIP).
    case zip
    /// An OLE2 compound file: Word 97–2003 `.doc` (or another old Office file).
    case legacyWord
    /// An OLE2 compound file holding a password-protected Office 2007+ document.
    case encryptedOffice
    case pdf
    case rtf
    /// Word 2003 XML or a flat OPC package: a single XML file, not a ZIP.
    case wordXML
    case unknown

    /// Bytes read from the start of the file to decide.
    static let sniffLength = 64 * 1024

    /// Looks at the first bytes of the file; `unknown` when it cannot be opened.
    public static func sniff(url: URL) -> DocumentFormat {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .unknown }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: sniffLength)) ?? Data()
        return sniff(head: head)
    }

    /// Classifies the leading bytes of a file.
    public static func sniff(head: Data) -> DocumentFormat {
        let bytes = [UInt8](head.prefix(sniffLength))
        func starts(with magic: [UInt8]) -> Bool { bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) || starts(with: [0x50, 0x4B, 0x05, 0x06])
            || starts(with: [0x50, 0x4B, 0x07, 0x08]) {
            return .zip
        }
        if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted .docx is an OLE2 file with a stream named "EncryptedPackage"
            // (UTF-16LE in the directory sector).
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return contains(bytes, marker) ? .encryptedOffice : .legacyWord
        }
        if starts(with: Array("%PDF-".utf8)) { return .pdf }
        if starts(with: Array("{\\rtf".utf8)) { return .rtf }
        let prefix = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if prefix.contains("<?xml") && (prefix.contains("w:wordDocument") || prefix.contains("pkg:package")) {
            return .wordXML
        }
        // A PDF may start with a little junk before its header (allowed within 1 KB).
        if contains(Array(bytes.prefix(1024)), Array("%PDF-".utf8)) { return .pdf }
        return .unknown
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
