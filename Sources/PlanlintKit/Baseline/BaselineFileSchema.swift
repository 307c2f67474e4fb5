/// Turns a parsed baseline file into a `Baseline`, naming the line and column of any
/// field that is missing or of the wrong type.
enum BaselineFileSchema {
    static func decode(_ json: PositionedJSON, file: String) throws(BaselineError) -> Baseline {
        func fail(_ at: PositionedJSON.Place, _ vi: String, _ en: String) -> BaselineError {
            BaselineError(file: file, line: at.line, column: at.column, message: vi, messageEn: en)
        }
        guard case .object(let top, let topPlace) = json else {
            throw fail(json.place, "tệp baseline phải là một đối tượng JSON { … }, không phải \(json.kindName).",
                       "a baseline must be a JSON object { … }, not a \(json.kindName).")
        }
        func member(_ members: [(key: String, value: PositionedJSON)], _ name: String, in what: String,
                    at place: PositionedJSON.Place) throws(BaselineError) -> PositionedJSON {
            guard let v = members.last(where: { $0.key == name })?.value else {
                throw fail(place, "\(what) thiếu khoá \"\(name)\".", "\(what) has no \"\(name)\" key.")
            }
            return v
        }
        let version = try member(top, "version", in: "Tệp baseline", at: topPlace)
        guard case .number(let v, _) = version, v == 1 else {
            throw fail(version.place, "phiên bản baseline không được hỗ trợ; planlint này đọc \"version\": 1.",
                       "unsupported baseline version; this planlint reads \"version\": 1.")
        }
        if let tool = top.last(where: { $0.key == "tool" })?.value {
            guard case .string("planlint", _) = tool else {
                throw fail(tool.place, "\"tool\" phải là \"planlint\": đây không phải baseline của planlint.",
                           "\"tool\" must be \"planlint\": this is not a planlint baseline.")
            }
        }
        let list = try member(top, "entries", in: "Tệp baseline", at: topPlace)
        guard case .array(let items, _) = list else {
            throw fail(list.place, "\"entries\" phải là một mảng [ … ].", "\"entries\" must be an array [ … ].")
        }
        var counts: [Baseline.Identity: Int] = [:]
        for (n, item) in items.enumerated() {
            let what = "entries[\(n)]"
            guard case .object(let fields, let place) = item else {
                throw fail(item.place, "\(what) phải là một đối tượng { … }.", "\(what) must be an object { … }.")
            }
            func text(_ name: String) throws(BaselineError) -> String {
                let v = try member(fields, name, in: what, at: place)
                guard case .string(let s, _) = v else {
                    throw fail(v.place, "\(what).\(name) phải là chuỗi, không phải \(v.kindName).",
                               "\(what).\(name) must be a string, not a \(v.kindName).")
                }
                return s
            }
            let file = try text("file"), ruleId = try text("ruleId"), key = try text("key")
            let countValue = try member(fields, "count", in: what, at: place)
            guard case .number(let c, _) = countValue, c >= 1, c <= 1e9, c == c.rounded() else {
                throw fail(countValue.place, "\(what).count phải là số nguyên dương.", "\(what).count must be a positive integer.")
            }
            counts[Baseline.Identity(file: file, ruleId: ruleId, key: key), default: 0] += Int(c)
        }
        var baseline = Baseline(entries: [], root: "/")
        baseline.entries = counts.map { Baseline.Entry(file: $0.key.file, ruleId: $0.key.ruleId, key: $0.key.key, count: $0.value) }.sorted()
        return baseline
    }
}

extension Baseline {
    /// An empty baseline rooted at `root` (for the schema decoder).
    init(entries: [Entry], root: String) {
        self.entries = entries
        self.root = root
    }
}
