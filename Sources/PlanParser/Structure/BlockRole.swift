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
        guard !name.isEmpty else { return nil }
        let words = t.string(name).split(separator: " ").count
        guard words <= 8 else { return nil }
        let folded = " " + String(String.UnicodeScalarView(t.folded[name])) + " "
        let unitWords = [" van phong", " thanh tra", " phong ", " phong", " ban ", " so ", " trung tam", " ubnd", " uy ban",
                         " chi cuc", " don vi", " to ", " bo phan", " cong doan", " doan thanh nien", " ban:"]
        guard unitWords.contains(where: { folded.contains($0) }) else { return nil }
        return name
    }
}
