/// A value inside a well-formed XML part that the reader refuses: a number out of the
/// range Word itself allows, a table wider than any Word table, a paragraph longer than
/// any real one. Thrown by an XML event handler; `SafeXMLParser` stops at once and
/// turns it into a `PlanReadError` with the part, line and column of the element.
struct DocxContentError: Error {
    var message: String
    var messageEn: String

    /// `value` of attribute `attribute` of element `element` read as an integer in
    /// `range`; nil when it is absent or not an integer (Word ignores such values too).
    /// A number outside the range is refused rather than clamped: it never comes from
    /// Word, and every later sum or repetition over it is then bounded by construction.
    static func integer(_ value: String?, element: String, in range: ClosedRange<Int>)
        throws(DocxContentError) -> Int? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharactersInXMLSpace
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        guard let number = Int(trimmed), range.contains(number) else {
            let shown = trimmed.count > 30 ? String(trimmed.prefix(30)) + "…" : trimmed
            throw DocxContentError(
                message: "giá trị \(shown) của \(element) nằm ngoài khoảng cho phép \(range.lowerBound)–\(range.upperBound); từ chối đọc.",
                messageEn: "value \(shown) of \(element) is outside the allowed range \(range.lowerBound)–\(range.upperBound); refused.")
        }
        return number
    }
}

extension String {
    /// Without leading and trailing XML white space (space, tab, CR, LF).
    fileprivate var trimmingCharactersInXMLSpace: String {
        let space: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A]
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !space.contains($0) }),
              let last = bytes.lastIndex(where: { !space.contains($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
