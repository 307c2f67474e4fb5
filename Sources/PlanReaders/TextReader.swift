import Foundation
import PlanModel

/// Reads a plain-text or Markdown plan into `SourceText`.
///
/// Lines end at LF, CRLF or a lone CR (as editors count them); a form feed stays inside
/// its line (the normaliser turns it into a space), so line numbers match the editor.
public enum TextReader {
    public static func read(bytes: [UInt8], displayPath: String, kind: SourceKind = .text) throws(PlanReadError) -> SourceText {
        let text: String
        do {
            text = try TextDecoder.decode(bytes)
        } catch {
            switch error {
            case .invalidUTF8(let offset):
                throw PlanReadError(file: displayPath, location: "byte \(offset)",
                                    message: "Tệp không phải văn bản UTF-8 hợp lệ (byte lỗi tại vị trí \(offset)). Hãy lưu lại tệp với bảng mã UTF-8.",
                                    messageEn: "Not valid UTF-8 text (bad byte at offset \(offset)). Save the file as UTF-8.")
            case .invalidUTF16(let offset):
                throw PlanReadError(file: displayPath, location: "byte \(offset)",
                                    message: "Tệp UTF-16 bị hỏng tại byte \(offset).",
                                    messageEn: "Broken UTF-16 text at byte offset \(offset).")
            case .binary(let offset):
                throw PlanReadError(file: displayPath, location: "byte \(offset)",
                                    message: "Tệp có vẻ là tệp nhị phân, không phải văn bản (byte 0 tại vị trí \(offset)).",
                                    messageEn: "This looks like a binary file, not text (NUL byte at offset \(offset)).")
            }
        }
        let lines = splitLines(text)
        if lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw PlanReadError(file: displayPath, message: "Tệp rỗng: không có nội dung để kiểm tra.",
                                messageEn: "The file is empty: nothing to check.")
        }
        var sourceLines = lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        if let (line, column) = CombiningMarkLimit.firstViolation(in: sourceLines) {
            throw .tooManyCombiningMarks(displayPath, location: "\(line):\(column)")
        }
        if let violation = LineLimits.firstViolation(in: sourceLines) {
            throw .lineLimit(displayPath, violation) { "\($0):\($1)" }
        }
        let legacy = LegacyPlainText.convert(&sourceLines, file: displayPath)
        var source = SourceText(file: SourceFile(path: displayPath, kind: kind), lines: sourceLines)
        source.legacyEncoding = legacy
        return source
    }

    /// Splits on LF, CRLF and CR, keeping empty lines (slicing the UTF-8 view: fast).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(String(text[start..<i]))
                var next = utf8.index(after: i)
                if b == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
                continue
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { lines.append(String(text[start..<utf8.endIndex])) }
        return lines
    }
}
