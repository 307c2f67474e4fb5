import PlanModel
import Yams

/// A YAML node together with the file it came from, so every value can say where it is.
public struct YAMLValue: @unchecked Sendable {
    public let node: Node
    public let file: String

    public init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Where the node starts (Yams marks are 1-based lines and scalar columns).
    public var span: SourceSpan {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        let length = node.scalar?.string.count ?? 1
        return SourceSpan(file: file, start: .init(line: line, column: column), end: .init(line: line, column: column + length))
    }

    public var string: String? { node.scalar?.string }

    /// Whether the node is a list (a rule file may be just a list of rules).
    public var isSequence: Bool { if case .sequence = node { return true } else { return false } }

    public var isNull: Bool {
        guard let s = node.scalar else { return false }
        return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// Ordered key/value pairs; nil when the node is not a mapping. Duplicate keys are an error.
    public func mapping(_ what: String) throws(RuleFileIssue) -> [(key: String, keySpan: SourceSpan, value: YAMLValue)] {
        guard case .mapping(let m) = node else { throw .wrongType(what, expected: "a mapping (key: value)", at: span) }
        var seen: Set<String> = []
        var out: [(String, SourceSpan, YAMLValue)] = []
        for (k, v) in m {
            let key = YAMLValue(node: k, file: file)
            guard let name = key.string else { throw .wrongType("a key in \(what)", expected: "text", at: key.span) }
            if seen.contains(name) {
                throw RuleFileIssue(key.span, vi: "khoá '\(name)' lặp lại trong \(DataWording.vietnamese(what))",
                                    en: "duplicate key '\(name)' in \(what)")
            }
            seen.insert(name)
            out.append((name, key.span, YAMLValue(node: v, file: file)))
        }
        return out
    }

    /// Checks that every key is allowed, reporting the first unknown one with a suggestion.
    public func requireKeys(_ what: String, allowed: [String], required: [String] = []) throws(RuleFileIssue) -> [String: YAMLValue] {
        var dict: [String: YAMLValue] = [:]
        for (k, span, v) in try mapping(what) {
            guard allowed.contains(k) else { throw .unknownKey(k, at: span, allowed: allowed) }
            dict[k] = v
        }
        for r in required where dict[r] == nil { throw .missingKey(r, in: what, at: span) }
        return dict
    }

    public func sequence(_ what: String) throws(RuleFileIssue) -> [YAMLValue] {
        guard case .sequence(let s) = node else { throw .wrongType(what, expected: "a list", at: span) }
        return s.map { YAMLValue(node: $0, file: file) }
    }

    public func text(_ what: String) throws(RuleFileIssue) -> String {
        guard let s = node.scalar?.string else { throw .wrongType(what, expected: "text", at: span) }
        return s
    }

    public func bool(_ what: String) throws(RuleFileIssue) -> Bool {
        guard let s = node.scalar?.string, let b = Bool(s.lowercased()) else { throw .wrongType(what, expected: "true or false", at: span) }
        return b
    }

    public func number(_ what: String) throws(RuleFileIssue) -> Double {
        guard let s = node.scalar?.string, let d = Double(s) else { throw .wrongType(what, expected: "a number", at: span) }
        return d
    }

    /// A scalar or a list of scalars, as a list.
    public func texts(_ what: String) throws(RuleFileIssue) -> [String] {
        if let s = node.scalar?.string { return [s] }
        return try sequence(what).map { v throws(RuleFileIssue) in try v.text(what) }
    }
}
