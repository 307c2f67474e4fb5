import PlanModel
import VietnameseText

/// How each kind of document writes its symbol, beyond the plain table of type codes:
/// the exceptions real documents rightly use, so that only real slips are reported.
enum SymbolConventions {
    /// The year from which state symbols follow today's shape (number/year/code-body for
    /// normative acts, number/code-body otherwise): Thông tư liên tịch 55/2005/TTLT-BNV-VPCP.
    /// Earlier symbols ("74/CP" of 1993, "769/TTg" of 1997, "24/LB-TT" of 1994) are correct
    /// as written.
    static let modernSince = 2005

    /// Codes that name an act and never a unit: a "Công văn" whose symbol begins with one
    /// is a different document. Other first segments of a công văn are the drafting unit's
    /// abbreviation, even when they look like a type code ("5106/CT-CS": CT is Cục Thuế).
    static let actCodes: Set<String> = ["QĐ", "NĐ", "NQ", "TT", "TTLT", "NQLT", "QĐi", "QyĐ", "VBHN"]

    /// Type words the National Assembly and its Standing Committee issue with no type code
    /// in the symbol ("59/2020/QH14", "76/2025/UBTVQH15").
    static let legislatureTypeWords: Set<String> = ["Nghị quyết", "Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết liên tịch"]

    /// Whether `typeWord` agrees with the symbol of `ref` (Nghị định 30/2020/NĐ-CP, Phụ lục III;
    /// for Party documents, Hướng dẫn 36-HD/VPTW).
    static func agrees(typeWord: String, with ref: LegalReference) -> Bool {
        let expected = LegalDocumentTypes.expectedCodes[typeWord] ?? []
        guard let code = ref.typeCode else {
            if typeWord == "Công văn" { return true }
            return legislatureTypeWords.contains(typeWord) && ref.issuerCode.map(isLegislatureIssuer) == true
        }
        if expected.contains(where: { LegalDocumentTypes.sameCode($0, code) }) { return true }
        switch typeWord {
        case "Công văn":
            return !actCodes.contains(code)
        case "Quy định":
            // The Party writes its Quy định with QĐ ("178-QĐ/TW").
            return ref.shape == .party && LegalDocumentTypes.sameCode(code, "QĐ")
        case "Kết luận":
            // A conclusion is announced by a Thông báo ("196-TB/TW", "49/TB-VPCP").
            return LegalDocumentTypes.sameCode(code, "TB")
        default:
            return false
        }
    }

    /// Whether the whole issuer part is the legislature's ("QH15", "UBTVQH15").
    private static func isLegislatureIssuer(_ issuer: String) -> Bool {
        issuer.split(separator: "-").first.map { IssuerCodes.isLegislature(String($0)) } ?? false
    }

    /// The symbol with the hyphen its type code lost ("118/2025/NĐCP" → "118/2025/NĐ-CP"),
    /// when the first segment begins with the expected code and the rest is a known body.
    static func unglued(_ ref: LegalReference, expected: [String]) -> String? {
        guard ref.typeCode == nil, let issuer = ref.issuerCode else { return nil }
        var segments = issuer.split(separator: "-").map(String.init)
        guard let first = segments.first else { return nil }
        let folded = VietnameseFolding.fold(first).uppercased()
        for code in expected {
            let foldedCode = VietnameseFolding.fold(code).uppercased()
            guard folded.hasPrefix(foldedCode), folded.count > foldedCode.count else { continue }
            let rest = String(first.dropFirst(code.count))
            guard IssuerCodes.canonical(rest) != nil else { continue }
            segments[0] = rest
            let tail = ([code] + segments).joined(separator: "-")
            return ref.yearSegment.map { "\(ref.number)/\($0)/\(tail)" } ?? "\(ref.number)/\(tail)"
        }
        return nil
    }

    /// Codes of papers submitted or recorded on the way to a decision (Tờ trình, Báo cáo,
    /// Biên bản), which resolutions and decisions cite by number alone ("Xét Tờ trình số
    /// 376/TTr-CP"): their date is not needed to identify the act.
    static let procedureCodes: Set<String> = ["TTr", "BC", "BB"]

    /// Whether the first citation of this document should carry its date.
    static func needsDate(_ ref: LegalReference) -> Bool {
        if let code = ref.typeCode, procedureCodes.contains(code) { return false }
        if let word = ref.typeWord, ["Tờ trình", "Báo cáo"].contains(word) { return false }
        return true
    }
}
