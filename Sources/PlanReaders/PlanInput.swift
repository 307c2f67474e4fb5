import Foundation

/// One plan to read: a file on disk, or bytes given on standard input with the name
/// reports should use (`--stdin-filename`).
public struct PlanInput: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        case file(String)
        case bytes([UInt8])
    }

    /// The path as the user gave it; every message and span uses it.
    public var displayPath: String
    public var origin: Origin

    public init(path: String) {
        displayPath = path
        origin = .file(path)
    }

    public init(bytes: [UInt8], displayPath: String) {
        self.displayPath = displayPath
        origin = .bytes(bytes)
    }
}

/// An input opened for reading: its bytes are in memory (plans are small; the readers
/// bound what they accept), and only regular files are ever opened, so a FIFO or a
/// device named like a plan cannot block the run.
public struct OpenedInput: Sendable {
    public var displayPath: String
    public var bytes: [UInt8]
    /// The file on disk, when there is one (external tools such as `pdftotext` need a path).
    public var fileURL: URL?

    /// Largest plan file read: far above any real plan, well below what would exhaust memory.
    public static let maxFileSize = 256 << 20

    public init(displayPath: String, bytes: [UInt8], fileURL: URL?) {
        self.displayPath = displayPath
        self.bytes = bytes
        self.fileURL = fileURL
    }

    public static func open(_ input: PlanInput) throws(PlanReadError) -> OpenedInput {
        switch input.origin {
        case .bytes(let bytes):
            return OpenedInput(displayPath: input.displayPath, bytes: bytes, fileURL: nil)
        case .file(let path):
            let display = input.displayPath
            var info = stat()
            // stat, not open: opening a FIFO blocks until a writer appears.
            guard stat(path, &info) == 0 else {
                throw PlanReadError(file: display, message: "Không tìm thấy tệp.", messageEn: "No such file.")
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                throw PlanReadError(file: display, message: "Đây là thư mục, không phải tệp kế hoạch.",
                                    messageEn: "This is a directory, not a plan file.")
            }
            guard type == S_IFREG else {
                throw PlanReadError(file: display, message: "Không phải tệp thông thường (FIFO, thiết bị hoặc socket): không đọc.",
                                    messageEn: "Not a regular file (a FIFO, device or socket): not read.")
            }
            guard Int(info.st_size) <= maxFileSize else {
                throw PlanReadError(file: display, message: "Tệp quá lớn (\(info.st_size) byte; tối đa \(maxFileSize)).",
                                    messageEn: "File too large (\(info.st_size) bytes; at most \(maxFileSize)).")
            }
            // O_NONBLOCK guards the window between stat and open (the file swapped for a FIFO).
            let fd = Foundation.open(path, O_RDONLY | O_NONBLOCK)
            guard fd >= 0 else {
                throw PlanReadError(file: display, message: "Không đọc được tệp (không có quyền đọc?).",
                                    messageEn: "Cannot read the file (permission denied?).")
            }
            defer { close(fd) }
            var opened = stat()
            guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                throw PlanReadError(file: display, message: "Không phải tệp thông thường: không đọc.",
                                    messageEn: "Not a regular file: not read.")
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(opened.st_size))
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PlanReadError(file: display, message: "Lỗi khi đọc tệp.", messageEn: "Error while reading the file.")
                }
                if n == 0 { break }
                bytes.append(contentsOf: buffer[0..<n])
                if bytes.count > maxFileSize {
                    throw PlanReadError(file: display, message: "Tệp quá lớn (tối đa \(maxFileSize) byte).",
                                        messageEn: "File too large (at most \(maxFileSize) bytes).")
                }
            }
            return OpenedInput(displayPath: display, bytes: bytes, fileURL: URL(fileURLWithPath: path))
        }
    }
}
