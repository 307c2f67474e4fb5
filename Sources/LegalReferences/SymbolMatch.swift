import PlanModel

/// A document symbol recognised around one "/" of the text, before its context is read.
struct SymbolMatch {
    /// First scalar of the number (of its first digit group when a split was joined).
    var numberStart: Int
    /// Just past the last scalar of the symbol.
    var end: Int
    var number: String
    var yearSegment: Int?
    var typeCode: String?
    var issuerSegments: [String]
    var shape: LegalReference.Shape
    /// Set when a number split by OCR ("1 765") was joined; the join stands only if a
    /// "số" or a type word precedes it.
    var unsplitNumberStart: Int?
    var unsplitNumber: String?
    /// A year written after the codes ("1025/PLYK/2025").
    var trailingYear: Int?

    /// The symbol as it should be written, with canonical codes.
    var canonicalText: String {
        let issuer = issuerSegments.joined(separator: "-")
        switch shape {
        case .party:
            return "\(number)-\(typeCode ?? "")" + (issuer.isEmpty ? "" : "/\(issuer)")
        case .normative:
            let tail = [typeCode, issuer.isEmpty ? nil : issuer].compactMap { $0 }.joined(separator: "-")
            return "\(number)/\(yearSegment.map(String.init) ?? "")/\(tail)"
        case .administrative:
            let tail = [typeCode, issuer.isEmpty ? nil : issuer].compactMap { $0 }.joined(separator: "-")
            return "\(number)/\(tail)" + (trailingYear.map { "/\($0)" } ?? "")
        case .named:
            return ""
        }
    }
}
