import PlanModel
import Yams

/// Parses YAML (or JSON, which Yams reads as YAML) into a node tree, turning Yams errors
/// into issues with positions, within limits that hold whatever the input.
public enum YAMLDocument {
    /// Most values (scalars, lists, mappings) a document may expand to once aliases are
    /// followed, at least: shipped files expand to tens of thousands; an alias bomb to billions.
    /// The limit grows with the file (a value and its key take at least a byte), so a file without
    /// aliases never reaches it.
    public static let maximumExpandedValues = 250_000

    /// - Parameter json: the text is JSON (tabs are ordinary whitespace there).
    public static func parse(_ text: String, file: String, json: Bool = false) throws(RuleFileIssue) -> YAMLValue {
        if json { try rejectTrailingCommas(text, file: file) } else { try rejectTabIndentation(text, file: file) }
        // Yams hashes every mapping key while composing; a key built from aliases expands
        // exponentially, so such keys are refused before Yams sees them.
        try YAMLKeyScreen.screen(text, file: file)
        let node: Node
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw RuleFileIssue(file: file, line: 1, column: 1, message: "tệp rỗng", messageEn: "the file is empty")
            }
            node = root
        } catch let issue as RuleFileIssue {
            throw issue
        } catch let error as YamlError {
            throw issue(for: error, file: file, format: json ? "JSON" : "YAML")
        } catch {
            throw RuleFileIssue(file: file, line: 1, column: 1, message: "YAML: \(error)")
        }
        try checkExpansion(node, file: file, limit: max(maximumExpandedValues, 2 * text.utf8.count))
        return YAMLValue(node: node, file: file)
    }

    /// libyaml refuses tabs in indentation with a generic message; say it plainly.
    static func rejectTabIndentation(_ text: String, file: String) throws(RuleFileIssue) {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = indent.firstIndex(of: "\t") {
                throw RuleFileIssue(file: file, line: n + 1, column: indent.distance(from: indent.startIndex, to: tab) + 1,
                                    message: "dùng ký tự tab để thụt lề; YAML cần dấu cách",
                                    messageEn: "tab used for indentation; YAML needs spaces")
            }
        }
    }

    /// YAML's flow collections allow `[1, 2,]`; JSON does not, and a hand-edited baseline
    /// should hear about it.
    static func rejectTrailingCommas(_ text: String, file: String) throws(RuleFileIssue) {
        var line = 1, column = 1
        var inString = false, escaped = false
        var comma = false
        for ch in text.unicodeScalars {
            defer {
                if ch == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            if inString {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                continue
            }
            switch ch {
            case "\"": inString = true; comma = false
            case ",": comma = true
            case "}", "]":
                if comma {
                    throw RuleFileIssue(file: file, line: line, column: column,
                                        message: "lỗi cú pháp JSON: dấu phẩy thừa trước \"\(ch)\"",
                                        messageEn: "JSON syntax: trailing comma before \"\(ch)\"")
                }
            case " ", "\t", "\n", "\r": break
            default: comma = false
            }
        }
    }

    static func issue(for error: YamlError, file: String, format: String) -> RuleFileIssue {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return RuleFileIssue(file: file, line: mark.line, column: mark.column,
                                 message: "lỗi cú pháp \(format): \(problem)", messageEn: "\(format) syntax: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return RuleFileIssue(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "khoá \(keys) lặp lại trong một ánh xạ", messageEn: "duplicate key \(keys) in a mapping")
        case .reader(let problem, let offset, _, _):
            let at = offset.map { " (byte \($0))" } ?? ""
            return RuleFileIssue(file: file, line: 1, column: 1, message: "\(format) không đọc được: \(problem)\(at)",
                                 messageEn: "\(format): \(problem)\(at)")
        default:
            return RuleFileIssue(file: file, line: 1, column: 1, message: "\(format): \(error)")
        }
    }

    /// Counts the values the tree expands to, stopping at the limit. Reports the outermost
    /// list or mapping that reaches back to an earlier anchor on the way: where the
    /// aliases that blow up are used.
    static func checkExpansion(_ root: Node, file: String, limit: Int) throws(RuleFileIssue) {
        var count = 0
        var culprit: Node?
        func before(_ a: Node, _ b: Node) -> Bool {
            guard let x = a.mark, let y = b.mark else { return false }
            return (x.line, x.column) < (y.line, y.column)
        }
        func walk(_ node: Node) -> Bool {
            count += 1
            if count > limit { return false }
            switch node {
            case .sequence(let s):
                for child in s where !walk(child) {
                    if before(child, node) { culprit = node }
                    return false
                }
            case .mapping(let m):
                for (k, v) in m {
                    for child in [k, v] where !walk(child) {
                        if before(child, node) { culprit = node }
                        return false
                    }
                }
            default:
                break
            }
            return true
        }
        guard !walk(root) else { return }
        let mark = (culprit ?? root).mark
        throw RuleFileIssue(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                            message: "giá trị này mở rộng quá \(limit) giá trị qua các bí danh YAML (*alias); hãy bớt dùng lại neo (&anchor)",
                            messageEn: "this value expands to more than \(limit) values through YAML aliases (*alias); reuse anchors (&anchor) less")
    }
}
