import VietnameseText

/// What a column of a task table holds, recognised from its header text.
public enum TableColumnRole: String, Sendable, Hashable, CaseIterable, Codable {
    case ordinal, title, activity, lead, coordinating, product, timeline, note

    /// The role a header names, with or without diacritics ("Cơ quan chủ trì",
    /// "Co quan chu tri"), or nil. Only short texts (at most 8 words) are headers, so
    /// a task sentence that mentions "chủ trì" is never taken for one.
    public static func recognise(header: String) -> TableColumnRole? {
        let folded = TableText.foldedKey(header)
        guard !folded.isEmpty, folded.split(separator: " ").count <= 8 else { return nil }
        if ordinalHeaders.contains(folded) { return .ordinal }
        for (role, keys) in keywords where keys.contains(where: { folded.contains($0) }) {
            return role
        }
        return nil
    }

    private static let ordinalHeaders: Set<String> = ["tt", "stt", "so tt", "so thu tu", "thu tu"]

    /// Checked in order: the first role with a keyword in the header wins, so a combined
    /// "Cơ quan chủ trì, phối hợp" is a lead column and "Kết quả/Sản phẩm" a product column.
    private static let keywords: [(TableColumnRole, [String])] = [
        (.note, ["ghi chu"]),
        (.lead, ["chu tri", "don vi thuc hien", "co quan thuc hien"]),
        (.coordinating, ["phoi hop"]),
        (.timeline, ["thoi gian", "thoi han", "tien do"]),
        (.product, ["san pham", "ket qua"]),
        (.activity, ["hoat dong"]),
        (.title, ["nhiem vu", "noi dung", "cong viec"]),
    ]
}
