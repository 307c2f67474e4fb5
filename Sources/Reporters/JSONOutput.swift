import Foundation

/// The one JSON encoder configuration machine-readable reporters share: sorted keys and
/// pretty printing make outputs diffable and golden-testable; slashes stay unescaped so
/// paths and URIs read naturally.
enum JSONOutput {
    /// Encodes `value` as UTF-8 JSON text ending with a newline.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Only non-finite floating point values can fail, and the DTOs hold none.
            preconditionFailure("JSON encoding of a report DTO failed: \(error)")
        }
    }
}
