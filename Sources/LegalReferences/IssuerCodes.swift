import VietnameseText

/// Issuing-body codes of document symbols ("CP", "TTg", "UBND", "HĐND"…).
///
/// Only used to restore a canonical spelling where OCR or typing changed it
/// ("HDND" → "HĐND", "cP" → "CP", "TTG" → "TTg"); codes not listed stay as written.
enum IssuerCodes {
    private static let known: [String] = [
        "CP", "TTg", "VPCP", "QH", "UBTVQH", "UBND", "HĐND", "TU", "TW", "HU", "ĐU", "BCS", "BCSĐ",
        "VP", "BNV", "BTC", "BTP", "BCA", "BQP", "BYT", "BTTTT", "BKHĐT", "BKH&ĐT", "BGDĐT", "BLĐTBXH",
        "BNNPTNT", "BTNMT", "BXD", "BGTVT", "BCT", "BVHTTDL", "BKHCN", "NHNN", "TTCP", "KTNN",
        "SNV", "STP", "STC", "CCHC", "BCĐ", "KSTT",
    ]

    private static let byFoldedUppercase: [String: String] = {
        var table: [String: String] = [:]
        for code in known { table[VietnameseFolding.fold(code).uppercased()] = code }
        return table
    }()

    /// The canonical spelling of a known code, or nil when the code is not listed.
    static func canonical(_ written: String) -> String? {
        let key = VietnameseFolding.fold(written).uppercased()
        if let code = byFoldedUppercase[key] { return code }
        // "QH13", "UBTVQH14": the National Assembly's term number follows the code.
        for prefix in ["UBTVQH", "QH"] where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if !rest.isEmpty, rest.allSatisfy(\.isNumber) { return prefix + rest }
        }
        return nil
    }

    /// Whether a code is the National Assembly's or its Standing Committee's ("QH14",
    /// "UBTVQH15"): their laws and resolutions carry no type code ("59/2020/QH14").
    static func isLegislature(_ code: String) -> Bool {
        let key = VietnameseFolding.fold(code).uppercased()
        return key.hasPrefix("QH") || key.hasPrefix("UBTVQH")
    }
}
