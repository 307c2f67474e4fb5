import Foundation
import PlanModel
import ZIPFoundation

/// The ZIP archive of a `.docx`, opened read-only, handing out parts within `DocxLimits`.
///
/// Every limit is checked twice: on the sizes the central directory declares before a
/// part is inflated, and on the bytes actually inflated (inflation stops at the first
/// chunk that passes a limit), so neither a true nor a lying header can exhaust memory.
struct DocxPackage {
    let displayPath: String
    let limits: DocxLimits
    private let archive: Archive
    /// Entries by lower-cased part name without a leading "/" (OPC names ignore case).
    private var entries: [String: Entry] = [:]
    /// Bytes inflated so far across all parts.
    private(set) var bytesInflated = 0
    /// Bytes produced by the last `read`, kept when it was stopped (for tests and diagnostics).
    private(set) var bytesAttempted = 0

    init(url: URL, displayPath: String, limits: DocxLimits) throws(PlanReadError) {
        self.displayPath = displayPath
        self.limits = limits
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .docxUnreadable(displayPath, reason: error.localizedDescription)
        }
        if size > limits.maxFileSize {
            throw .docxFileTooLarge(displayPath, size: size, limit: limits.maxFileSize)
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .docxBrokenZip(displayPath)
        }
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries { throw .docxTooManyEntries(displayPath, limit: limits.maxEntries) }
            // Only parts the reader may open are kept: XML and relationship parts with a
            // sane name. Media and anything with a monstrous name are never touched.
            guard entry.type == .file else { continue }
            let path = entry.path
            guard path.utf8.count <= 1_024, path.hasSuffix(".xml") || path.hasSuffix(".rels") else { continue }
            let key = Self.key(path)
            if entries[key] == nil { entries[key] = entry }
        }
        if count == 0 { throw .docxBrokenZip(displayPath) }
    }

    /// Whether the archive has a part with this name.
    func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

    /// Inflates one part, or returns nil when the archive has no such part.
    mutating func read(_ part: String) throws(PlanReadError) -> Data? {
        guard let entry = entries[Self.key(part)] else { return nil }
        let declared = entry.uncompressedSize
        let compressed = max(entry.compressedSize, 1)
        let budget = limits.maxUncompressedSize - bytesInflated
        if declared > UInt64(max(budget, 0)) {
            throw .docxPartTooLarge(displayPath, part: part, size: declared, limit: limits.maxUncompressedSize)
        }
        if declared >= UInt64(limits.ratioCheckFloor), declared / compressed > UInt64(limits.maxCompressionRatio) {
            throw .docxCompressionRatio(displayPath, part: part, ratio: declared / compressed,
                                    limit: limits.maxCompressionRatio)
        }
        var data = Data()
        data.reserveCapacity(Int(declared))
        bytesAttempted = 0
        defer { bytesAttempted = data.count }
        let ratioFloor = limits.ratioCheckFloor
        let maxRatio = UInt64(limits.maxCompressionRatio)
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                data.append(chunk)
                let produced = data.count
                if produced > budget { throw LimitExceeded.budget(produced) }
                if UInt64(produced) > declared { throw LimitExceeded.declared(produced) }
                if produced >= ratioFloor, UInt64(produced) / compressed > maxRatio {
                    throw LimitExceeded.ratio(UInt64(produced) / compressed)
                }
            }
        } catch let exceeded as LimitExceeded {
            switch exceeded {
            case .budget(let produced):
                throw .docxPartTooLarge(displayPath, part: part, size: UInt64(produced), limit: limits.maxUncompressedSize)
            case .declared:
                throw .docxSizeMismatch(displayPath, part: part, declared: declared)
            case .ratio(let ratio):
                throw .docxCompressionRatio(displayPath, part: part, ratio: ratio, limit: limits.maxCompressionRatio)
            }
        } catch {
            throw .docxBrokenPart(displayPath, part: part)
        }
        if UInt64(data.count) != declared { throw .docxSizeMismatch(displayPath, part: part, declared: declared) }
        bytesInflated += data.count
        return data
    }

    private static func key(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }

    /// Thrown from inside the inflate callback to stop inflating at once.
    private enum LimitExceeded: Error {
        case budget(Int)
        case declared(Int)
        case ratio(UInt64)
    }
}

extension PlanReadError {
    static func docxUnreadable(_ file: String, reason: String) -> PlanReadError {
        PlanReadError(file: file, message: "Không mở được tệp: \(reason)",
                      messageEn: "Cannot open the file: \(reason)")
    }

    static func docxFileTooLarge(_ file: String, size: Int, limit: Int) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp quá lớn (\(ByteCount(size)), giới hạn \(ByteCount(limit))); từ chối đọc.",
                      messageEn: "The file is too large (\(ByteCount(size).en), limit \(ByteCount(limit).en)); refused.")
    }

    static func docxBrokenZip(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp .docx bị hỏng hoặc không đầy đủ: cấu trúc ZIP không đọc được. Hãy mở bằng Word và lưu lại.",
                      messageEn: "The .docx file is damaged or truncated: its ZIP structure cannot be read. Open it in Word and save it again.")
    }

    static func docxTooManyEntries(_ file: String, limit: Int) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp .docx chứa quá nhiều thành phần (hơn \(limit)); từ chối đọc vì có thể là tệp độc hại.",
                      messageEn: "The .docx package holds too many entries (more than \(limit)); refused as possibly hostile.")
    }

    static func docxPartTooLarge(_ file: String, part: String, size: UInt64, limit: Int) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx có thành phần quá lớn khi giải nén (\(ByteCount(size)), giới hạn \(ByteCount(limit))); có thể là tệp nén độc hại (zip bomb).",
                      messageEn: "A part of the .docx is too large once inflated (\(ByteCount(size).en), limit \(ByteCount(limit).en)); possibly a zip bomb.")
    }

    static func docxCompressionRatio(_ file: String, part: String, ratio: UInt64, limit: Int) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx có tỉ lệ nén bất thường (\(ratio):1, giới hạn \(limit):1); có thể là tệp nén độc hại (zip bomb).",
                      messageEn: "A part of the .docx has an abnormal compression ratio (\(ratio):1, limit \(limit):1); possibly a zip bomb.")
    }

    static func docxSizeMismatch(_ file: String, part: String, declared: UInt64) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx bị hỏng hoặc độc hại: kích thước giải nén khác kích thước khai báo (\(ByteCount(declared))).",
                      messageEn: "The .docx is damaged or hostile: a part inflates to a size other than the one declared (\(ByteCount(declared).en)).")
    }

    static func docxBrokenPart(_ file: String, part: String) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx bị hỏng: không giải nén được thành phần này (dữ liệu lỗi hoặc kiểu nén không hỗ trợ).",
                      messageEn: "The .docx is damaged: this part cannot be inflated (corrupt data or unsupported compression).")
    }
}

/// A byte count printed for people: "64 MB", "1,0 GB", "812 B".
struct ByteCount: CustomStringConvertible {
    let bytes: UInt64
    init(_ bytes: Int) { self.bytes = UInt64(max(bytes, 0)) }
    init(_ bytes: UInt64) { self.bytes = bytes }

    /// Vietnamese style, decimal comma: "1,5 MB".
    var description: String { text(decimalSeparator: ",") }

    /// English style, decimal point: "1.5 MB".
    var en: String { text(decimalSeparator: ".") }

    private func text(decimalSeparator: String) -> String {
        let units: [(UInt64, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        for (size, name) in units where bytes >= size {
            let whole = bytes / size
            let tenth = (bytes % size) * 10 / size
            return tenth == 0 || whole >= 100 ? "\(whole) \(name)" : "\(whole)\(decimalSeparator)\(tenth) \(name)"
        }
        return "\(bytes) B"
    }
}
