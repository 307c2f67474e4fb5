import Foundation

/// Lenient reading of the numbers formatting is written in: a value that is missing,
/// malformed or out of range is "not set" (formatting never makes a file unreadable;
/// the limits on structure that protect the reader are in `DocxLimits`).
enum WordMeasure {
    static func integer(_ value: String?, in range: ClosedRange<Int>) -> Int? {
        guard let value, value.utf8.count <= 12 else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard let n = Int(trimmed), range.contains(n) else { return nil }
        return n
    }
}
