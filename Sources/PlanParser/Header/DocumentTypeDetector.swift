import PlanModel
import VietnameseText

/// Recognises the type name printed in a header ("QUYẾT ĐỊNH", "**KẾ HOẠCH**") and
/// decides the document's type when none is printed (a công văn, a copy that lost it).
enum DocumentTypeDetector {
    private static let byFoldedName: [(String, DocumentType)] = DocumentType.all
        .map { (VietnameseFolding.fold($0.name), $0) }
        .sorted { $0.0.count > $1.0.count }

    /// The type whose name starts the line in capitals, and the index after the name.
    static func typeName(_ t: MappedText, at i: Int) -> (DocumentType, Int)? {
        for (folded, type) in byFoldedName where type != .congVan {
            guard let end = t.matchFolded(folded, at: i) else { continue }
            let upper = t.scalars[i..<end].filter { $0.properties.isAlphabetic }.allSatisfy { $0.properties.isUppercase }
            guard upper, end == t.count || !t.scalars[end].properties.isAlphabetic else { continue }
            return (type, end)
        }
        return nil
    }

    /// The type code of a symbol: the segment before the first hyphen after any year
    /// ("QĐ" in "2025/QĐ-UBND"); nil when the symbol has no hyphen.
    static func code(ofSymbol symbol: String) -> String? {
        let last = symbol.split(separator: "/").last.map(String.init) ?? symbol
        guard let dash = last.firstIndex(of: "-") else { return last.isEmpty ? nil : last }
        return String(last[..<dash])
    }

    /// True when the symbol carries a year segment ("2025/QĐ-UBND"): a normative document.
    static func hasYearSegment(_ symbol: String) -> Bool {
        let parts = symbol.split(separator: "/")
        guard parts.count >= 2, let first = parts.first, first.count == 4, let year = Int(first) else { return false }
        return (1945...2100).contains(year)
    }

    /// The document's type from what its header shows.
    static func decide(printed: DocumentType?, symbol: String?, hasSubjectLine: Bool) -> DocumentType? {
        let code = symbol.flatMap(code(ofSymbol:))
        if code?.uppercased() == "VBHN" { return .vanBanHopNhat }
        if let printed { return printed }
        if hasSubjectLine { return .congVan }
        guard let symbol else { return nil }
        // A lost type name: a normative symbol still names its type; otherwise the first
        // segment is the unit's abbreviation (a công văn).
        if hasYearSegment(symbol), let code, let t = DocumentType.withCode(code) { return t }
        if symbol.contains("/") && code == nil { return nil }
        return .congVan
    }
}
