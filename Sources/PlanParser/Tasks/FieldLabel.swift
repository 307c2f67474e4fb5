/// The role a labelled line plays ("- Đơn vị chủ trì: …" is a lead unit).
public enum FieldRole: String, Sendable, Hashable, CaseIterable {
    case lead, coordinating, product, timeline, target, description, note
}

/// Labels as written in real plans, folded (no diacritics, lower case), longest first so
/// that "Thời gian thực hiện" wins over "Thời gian". Misspellings fold to the same text
/// ("Sản phầm" → "san pham").
enum FieldLabel {
    static let labels: [(pattern: String, role: FieldRole)] = {
        let raw: [(String, FieldRole)] = [
            ("co quan chu tri thuc hien", .lead), ("don vi chu tri thuc hien", .lead),
            ("co quan chu tri", .lead), ("don vi chu tri", .lead), ("co quan thuc hien", .lead),
            ("don vi thuc hien", .lead), ("bo phan chu tri", .lead), ("bo phan thuc hien", .lead),
            ("chu tri thuc hien", .lead), ("chu tri", .lead), ("don vi dau moi", .lead),
            ("co quan phoi hop thuc hien", .coordinating), ("don vi phoi hop thuc hien", .coordinating),
            ("co quan phoi hop", .coordinating), ("don vi phoi hop", .coordinating),
            ("bo phan phoi hop", .coordinating), ("phoi hop thuc hien", .coordinating), ("phoi hop", .coordinating),
            ("ket qua/san pham", .product), ("ket qua / san pham", .product), ("san pham du kien", .product),
            ("san pham dau ra", .product), ("san pham", .product), ("ket qua dau ra", .product),
            ("thoi gian thuc hien", .timeline), ("thoi gian hoan thanh", .timeline), ("thoi han hoan thanh", .timeline),
            ("thoi gian", .timeline), ("thoi han", .timeline), ("tien do thuc hien", .timeline), ("tien do", .timeline),
            ("chi tieu cu the", .target), ("chi tieu", .target), ("muc tieu", .target),
            ("nhiem vu va giai phap", .description), ("nhiem vu cu the", .description), ("nhiem vu", .description),
            ("ghi chu", .note),
        ]
        return raw.sorted { $0.0.count > $1.0.count }
    }()

    /// If the folded text at `i` is a label followed by ":", the role, the label as written
    /// and the index where the value starts.
    static func match(_ t: MappedText, at i: Int) -> (role: FieldRole, label: String, valueStart: Int)? {
        for (pattern, role) in labels {
            guard let end = t.matchFolded(pattern, at: i) else { continue }
            var j = t.skipSpaces(from: end)
            // OCR may garble a word of a target label ("Chỉ tiêu cy thể:"): allow up to two
            // short extra words before the colon for targets only.
            if role == .target, j < t.count, t.scalars[j] != ":" {
                var k = j, words = 0
                while words < 2, k < t.count, t.scalars[k] != ":" {
                    var w = 0
                    while k < t.count, t.scalars[k] != " ", t.scalars[k] != ":" { k += 1; w += 1 }
                    guard w <= 5 else { break }
                    words += 1
                    k = t.skipSpaces(from: k)
                }
                if k < t.count, t.scalars[k] == ":" { j = k }
            }
            guard j < t.count, t.scalars[j] == ":" else { continue }
            let label = t.string(i..<end)
            j = t.skipSpaces(from: j + 1)
            return (role, label, j)
        }
        return nil
    }
}
