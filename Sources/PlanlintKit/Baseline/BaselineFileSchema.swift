import PlanData

/// The baseline file as stored, decoded strictly (JSON through the positioned YAML layer),
/// so a missing, misspelt or mistyped field is reported at its line and column.
struct BaselineFileSchema: Decodable {
    var entries: [Entry]

    struct Entry: Decodable {
        var file: String
        var ruleId: String
        var key: String
        var count: Count
    }

    /// `"version": 1`, the only format this planlint reads.
    struct Version: Decodable {
        init(from decoder: any Decoder) throws {
            guard try decoder.singleValueContainer().decode(Int.self) == 1 else {
                throw DataValueProblem(vi: "phiên bản baseline không được hỗ trợ; planlint này đọc \"version\": 1.",
                                       en: "unsupported baseline version; this planlint reads \"version\": 1.")
            }
        }
    }

    /// `"tool": "planlint"`: another tool's baseline is refused.
    struct Tool: Decodable {
        init(from decoder: any Decoder) throws {
            guard try decoder.singleValueContainer().decode(String.self) == "planlint" else {
                throw DataValueProblem(vi: "\"tool\" phải là \"planlint\": đây không phải baseline của planlint.",
                                       en: "\"tool\" must be \"planlint\": this is not a planlint baseline.")
            }
        }
    }

    /// How many findings an entry absorbs: a positive whole number.
    struct Count: Decodable {
        var value: Int
        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Int.self)
            guard value >= 1, value <= 1_000_000_000 else {
                throw DataValueProblem(vi: "phải là số nguyên dương.", en: "must be a positive integer.")
            }
        }
    }

    private enum CodingKeys: String, CodingKey { case version, tool, entries }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        _ = try c.decode(Version.self, forKey: .version)
        _ = try c.decodeIfPresent(Tool.self, forKey: .tool)
        entries = try c.decode([Entry].self, forKey: .entries)
    }

    /// Reads and checks a baseline file.
    static func load(_ path: String) throws(BaselineError) -> Baseline {
        let schema: BaselineFileSchema
        do {
            schema = try StrictDecoder.decode(BaselineFileSchema.self, from: try DataFile.read(path, json: true), json: true)
        } catch {
            if DataFile.isUnreadable(error) {
                throw BaselineError(file: path, message: "Không đọc được tệp baseline (\(error.message)).",
                                    messageEn: "Cannot read the baseline file (\(error.messageEn)).")
            }
            throw BaselineError(file: error.file, line: error.line, column: error.column,
                                message: error.message, messageEn: error.messageEn)
        }
        var counts: [Baseline.Identity: Int] = [:]
        for e in schema.entries {
            let (sum, overflow) = counts[Baseline.Identity(file: e.file, ruleId: e.ruleId, key: e.key), default: 0]
                .addingReportingOverflow(e.count.value)
            counts[Baseline.Identity(file: e.file, ruleId: e.ruleId, key: e.key)] = overflow ? Int.max : sum
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
