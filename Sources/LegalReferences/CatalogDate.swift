import Foundation
import PlanModel

/// Reads the ISO dates ("2021-06-21") of catalogue files.
enum CatalogDate {
    /// The date in "yyyy-mm-dd", or nil when the text is not one.
    static func parse(_ text: String) -> CivilDate? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// Decodes an optional ISO date stored under `key`.
    static func decode<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> CivilDate? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "expected a date as yyyy-mm-dd, found \"\(text)\"")
        }
        return date
    }
}
