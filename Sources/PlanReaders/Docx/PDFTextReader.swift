import Foundation
import PlanModel

/// Reads the text layer of a PDF plan with poppler's `pdftotext`, when it is installed.
///
/// Many plans circulate only as signed PDFs. Reading them goes through the external
/// `pdftotext` program (package `poppler-utils`), run in plain mode (not `-layout`, which
/// pads columns with spaces), with a time limit and an output cap. Line numbers refer to
/// the lines of the extracted text, which is the text the user can reproduce with
/// `pdftotext file.pdf`; the file kind is `.text`. Extracted PDF text carries the damage
/// described in the corpus README (wrapped sentences, stray blank lines), which the
/// normaliser deals with downstream. A scanned PDF has no text layer: that is reported,
/// never guessed at.
public enum PDFTextReader {
    /// Longest a single extraction may run, in seconds.
    public static let timeLimit: TimeInterval = 30
    /// Most bytes of text accepted from one PDF.
    public static let maxOutputSize = 64 << 20

    /// The `pdftotext` executable found on `PATH` (or in the usual install folders), if any.
    public static var executablePath: String? {
        var folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        folders += ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = (folder as NSString).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether PDFs can be read on this machine.
    public static var isAvailable: Bool { executablePath != nil }

    /// Reads the PDF's text as lines.
    /// - Throws: `PlanReadError` when `pdftotext` is missing, fails, runs too long, or the
    ///   PDF has no text (a scan).
    public static func read(url: URL, displayPath: String) throws(PlanReadError) -> SourceText {
        let text = try extractText(url: url, displayPath: displayPath)
        var lines: [SourceLine] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            // pdftotext marks each page break with a form feed at the start of the next page's first line.
            if line.contains("\u{0C}") { line.removeAll { $0 == "\u{0C}" } }
            lines.append(SourceLine(number: number, text: line))
        }
        // pdftotext ends every page with a blank line and a form feed; trailing blank lines carry nothing.
        while let last = lines.last, last.text.allSatisfy(\.isWhitespace) { lines.removeLast() }
        // The same bounds as for text files: a PDF's text layer is as untrusted.
        if let (line, column) = CombiningMarkLimit.firstViolation(in: lines) {
            throw .tooManyCombiningMarks(displayPath, location: "\(line):\(column)")
        }
        if let violation = LineLimits.firstViolation(in: lines) {
            throw .lineLimit(displayPath, violation) { "\($0):\($1)" }
        }
        return SourceText(file: SourceFile(path: displayPath, kind: .text), lines: lines)
    }

    /// Runs `pdftotext` and returns its UTF-8 output.
    public static func extractText(url: URL, displayPath: String) throws(PlanReadError) -> String {
        guard let tool = executablePath else { throw .pdfToolMissing(displayPath) }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("planlint-pdf-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", "-q", url.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pdfFailed(displayPath, status: -1)
        }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw .pdfTimeout(displayPath, seconds: Int(timeLimit))
            }
            if let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? NSNumber)?.intValue,
               size > maxOutputSize {
                process.terminate()
                process.waitUntilExit()
                throw .pdfTooMuchText(displayPath, limit: maxOutputSize)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        guard process.terminationStatus == 0 else {
            throw process.terminationStatus == 3 ? .pdfProtected(displayPath) : .pdfFailed(displayPath, status: process.terminationStatus)
        }
        guard let data = try? Data(contentsOf: output) else { throw .pdfFailed(displayPath, status: 0) }
        if data.count > maxOutputSize { throw .pdfTooMuchText(displayPath, limit: maxOutputSize) }
        let text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{0C}" }) {
            throw .pdfWithoutText(displayPath)
        }
        return text
    }
}

extension PlanReadError {
    static func pdfToolMissing(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp PDF: cần cài chương trình pdftotext (gói poppler-utils) để đọc; hoặc dùng bản .docx của kế hoạch.",
                      messageEn: "PDF file: reading it needs the pdftotext program (package poppler-utils); or use the plan's .docx.")
    }

    static func pdfFailed(_ file: String, status: Int32) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Không trích xuất được văn bản từ tệp PDF (pdftotext lỗi, mã \(status)); tệp có thể bị hỏng.",
                      messageEn: "Could not extract text from the PDF (pdftotext failed with status \(status)); the file may be damaged.")
    }

    static func pdfProtected(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp PDF được bảo vệ, không cho phép trích xuất văn bản.",
                      messageEn: "The PDF is protected against text extraction.")
    }

    static func pdfTimeout(_ file: String, seconds: Int) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Trích xuất văn bản PDF quá \(seconds) giây; đã dừng.",
                      messageEn: "PDF text extraction took more than \(seconds) seconds; stopped.")
    }

    static func pdfTooMuchText(_ file: String, limit: Int) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp PDF chứa quá nhiều văn bản (hơn \(ByteCount(limit))); từ chối đọc.",
                      messageEn: "The PDF holds too much text (more than \(ByteCount(limit))); refused.")
    }

    static func pdfWithoutText(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp PDF không có lớp văn bản (có thể là bản scan); cần nhận dạng ký tự (OCR) hoặc dùng bản .docx.",
                      messageEn: "The PDF has no text layer (probably a scan); it needs OCR, or use the plan's .docx.")
    }
}
