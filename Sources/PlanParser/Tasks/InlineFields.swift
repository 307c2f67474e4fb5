/// Labelled fields written inside a task's sentence ("…; thời gian: Quý I/2023",
/// "… (sản phẩm: Kế hoạch)"), as bullet-style plans often do.
enum InlineFields {
    struct Field {
        var role: FieldRole
        var label: String
        var labelStart: Int
        var value: Range<Int>
    }

    static func split(_ t: MappedText, from start: Int) -> [Field] {
        var found: [(role: FieldRole, label: String, labelStart: Int, valueStart: Int)] = []
        var i = start + 1
        while i < t.count {
            let prev = t.scalars[i - 1]
            if prev == " " || prev == "(", i >= 2, [";", ",", ".", "(", "-", " "].contains(t.scalars[i - 2]) || prev == "(" {
                if let m = FieldLabel.match(t, at: i), m.role != .description, m.role != .target {
                    found.append((m.role, m.label, i, m.valueStart))
                    i = m.valueStart
                    continue
                }
            }
            i += 1
        }
        var out: [Field] = []
        for (k, f) in found.enumerated() {
            var end = k + 1 < found.count ? found[k + 1].labelStart : t.count
            while end > f.valueStart, [" ", ";", ",", "(", ")", "."].contains(t.scalars[end - 1]) { end -= 1 }
            out.append(Field(role: f.role, label: f.label, labelStart: f.labelStart, value: f.valueStart..<max(f.valueStart, end)))
        }
        return out
    }
}
