import Foundation
import VietnameseText

/// What one paragraph is, decided once and used by every part of the parser.
enum BlockRole {
    /// A numbered heading or item; `field` is set when its text begins with a label
    /// ("a.2) Chỉ tiêu cụ thể: …", "a) Nhiệm vụ: …").
    case marker(MarkerScanner.Match, field: (role: FieldRole, label: String, valueStart: Int)?)
    /// A labelled field, with or without a bullet.
    case field(role: FieldRole, label: String, labelStart: Int, valueStart: Int)
    /// A bullet that names the unit responsible for the items under it ("- Văn phòng Ban:").
    case unitHeading(name: Range<Int>)
    case bullet(Unicode.Scalar, contentStart: Int)
    case plain(contentStart: Int)

    static func classify(_ t: MappedText) -> BlockRole {
        let i = MarkerScanner.contentStart(t)
        if let m = MarkerScanner.numbering(t, at: i) {
            return .marker(m, field: FieldLabel.match(t, at: m.contentStart))
        }
        var content = i
        var bulletChar: Unicode.Scalar?
        if let (b, c) = MarkerScanner.bullet(t, at: i) { bulletChar = b; content = c }
        if let f = FieldLabel.match(t, at: content) {
            return .field(role: f.role, label: f.label, labelStart: content, valueStart: f.valueStart)
        }
        if bulletChar == "-", let name = unitHeadingName(t, from: content) { return .unitHeading(name: name) }
        if let b = bulletChar { return .bullet(b, contentStart: content) }
        return .plain(contentStart: i)
    }

    /// "Văn phòng Ban:", "Các phòng thuộc Ban:", "Thanh tra Sở:" — a short unit name ending in ":".
    static func unitHeadingName(_ t: MappedText, from start: Int) -> Range<Int>? {
        guard let last = t.scalars.lastIndex(where: { $0 != " " }), t.scalars[last] == ":" else { return nil }
        let name = start..<last
        guard !name.isEmpty, isUnitName(t.string(name)) else { return nil }
        return name
    }

    /// Words a unit's name begins with, folded: "Sở …", "Văn phòng …", "Các phòng …", "UBND …".
    /// A condition ("Nếu hồ sơ đầy đủ:") or a place ("Tại địa bàn …:") is not a unit.
    static let unitStarts: [String] = [
        "van phong", "thanh tra", "phong", "ban", "so", "trung tam", "ubnd", "uy ban", "chi cuc", "don vi", "to ",
        "bo phan", "cong doan", "doan thanh nien", "doan ", "cuc", "vu", "vien", "bo ", "tong cuc", "hoi ", "hiep hoi",
        "lien hiep", "lien doan", "cong an", "bo chi huy", "quan doi", "kho bac", "ngan hang", "thue", "hai quan",
        "chi nhanh", "bao ", "dai ", "truong", "benh vien", "cong ty", "tong cong ty", "doanh nghiep", "mat tran",
        "ubmttq", "hdnd", "hoi dong", "tinh doan", "thu truong", "giam doc", "chu tich", "cap xa", "cap huyen",
        "cap tinh", "cac so", "cac ban", "cac co quan", "cac don vi", "cac phong", "cac dia phuong", "cac bo",
        "cac to chuc", "cac hoi", "cac doanh nghiep", "cac xa", "cac cuc", "cac trung tam", "cac chi cuc", "cac tinh",
        "cac thanh vien", "thanh vien", "to chuc", "co quan",
    ]

    /// Whether a short text names a unit (at most 14 words, beginning with a unit word). OCR
    /// damage of one letter in a word of three or more ("Véan phong", "Céc phong") is tolerated.
    static func isUnitName(_ text: String) -> Bool {
        let words = VietnameseFolding.fold(text).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty, words.count <= 14 else { return false }
        // "Số TTHC …" (a number) and "Sở …" (a department) fold alike; only the latter is a unit.
        let first = text.drop { $0 == " " }.prefix { $0 != " " }
        if first == "Số" || first == "số" { return false }
        return unitStarts.contains { start in
            let pattern = start.split(separator: " ").map(String.init)
            guard pattern.count <= words.count else { return false }
            let pairs = Array(zip(pattern, words))
            let exact = pairs.filter { $0.0 == $0.1 }.count
            if exact == pairs.count { return true }
            // One damaged word, in a name of two or more whose other words are intact.
            return pairs.count >= 2 && exact == pairs.count - 1
                && pairs.allSatisfy { p, w in p == w || (p.count >= 3 && nearlyEqual(p, w)) }
        }
    }

    /// Edit distance at most one.
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
