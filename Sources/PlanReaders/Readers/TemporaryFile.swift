import Foundation
import PlanModel

/// Readers built on file APIs (ZIP archives, `pdftotext`) need a path; bytes from
/// standard input are written to a private temporary file for them and removed after.
enum TemporaryFile {
    static func with<T>(_ input: OpenedInput, suffix: String, _ body: (URL) throws(PlanReadError) -> T) throws(PlanReadError) -> T {
        if let url = input.fileURL { return try body(url) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-\(UUID().uuidString)\(suffix)")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(input.bytes),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw PlanReadError(file: input.displayPath, message: "Không tạo được tệp tạm để đọc.",
                                messageEn: "Cannot create a temporary file to read the input.")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }
}
