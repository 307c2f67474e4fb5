import PlanModel

extension CivilDate {
    /// Parses an ISO 8601 calendar date ("2021-12-23"); nil unless the text is exactly such a
    /// date and the day exists.
    static func parseISO(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let date = CivilDate(year: y, month: m, day: d)
        return date.isValid ? date : nil
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional ISO date written as a string, rejecting impossible dates with the
    /// coding path so that the pack author sees which key is wrong.
    func decodeISODateIfPresent(forKey key: Key) throws -> CivilDate? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = CivilDate.parseISO(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                debugDescription: "expected an ISO date such as \"2021-12-23\", found \"\(text)\"")
        }
        return date
    }
}
