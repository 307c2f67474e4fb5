import Foundation
import PlanModel

/// Reads any supported plan file, choosing the reader by extension and content.
public enum PlanFileReader {
    /// Reads the file at `path` (as the user typed it; used in every message).
    public static func read(path: String) throws(PlanReadError) -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PlanReadError(file: path, message: "Không tìm thấy tệp.", messageEn: "No such file.")
        }
        if isDirectory.boolValue {
            throw PlanReadError(file: path, message: "Đây là thư mục, không phải tệp kế hoạch.",
                                messageEn: "This is a directory, not a plan file.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanReadError(file: path, message: "Không đọc được tệp (không có quyền đọc?).",
                                messageEn: "Cannot read the file (permission denied?).")
        }
        let bytes = [UInt8](data)
        let ext = (path as NSString).pathExtension.lowercased()
        if bytes.count >= 4, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 {
            throw PlanReadError(file: path, message: "Đây là tệp Word cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.",
                                messageEn: "This is a legacy Word file (.doc). Open it in Word and save it as .docx.")
        }
        switch ext {
        case "docx":
            return try DocumentReaders.docx(URL(fileURLWithPath: path), path)
        case "pdf":
            return try DocumentReaders.pdf(URL(fileURLWithPath: path), path)
        case "md", "markdown":
            return try TextReader.read(bytes: bytes, displayPath: path, kind: .markdown)
        default:
            if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 {
                return try DocumentReaders.docx(URL(fileURLWithPath: path), path)
            }
            if bytes.count >= 5, Array(bytes[0..<5]) == Array("%PDF-".utf8) {
                return try DocumentReaders.pdf(URL(fileURLWithPath: path), path)
            }
            return try TextReader.read(bytes: bytes, displayPath: path, kind: .text)
        }
    }
}
