import Foundation
import PlanModel
import VietnameseText

/// A pattern on one task field: phrases or a regular expression, diacritic-insensitive
/// unless `diacritics: sensitive` is given. Shared by `match` and `forbid`.
///
/// A pattern may name the plan's values (`{plan.year}`): "năm {plan.year}" is compiled once
/// per value met, when the first plan with that value is checked. Regex quantifiers such as
/// `\d{4}` are not placeholders: only `{plan.…}` names are.
struct FieldPattern: Sendable {
    let field: TaskField
    let foldDiacritics: Bool
    let patternText: String
    private let compiled: CompiledPatterns

    static let keys = ["field", "pattern", "phrases", "diacritics"]
    /// The plan values a pattern may use.
    static let planPlaceholders = ["plan.year"]

    init(_ options: YAMLValue, kind: String) throws(RuleFileIssue) {
        let d = try options.requireKeys(kind, allowed: Self.keys, required: ["field"])
        field = try TaskField.parse(d["field"]!)
        if let s = d["diacritics"] {
            let v = try s.text("diacritics")
            guard v == "sensitive" || v == "insensitive" else { throw RuleFileIssue(s.span, "diacritics must be sensitive or insensitive") }
            foldDiacritics = v == "insensitive"
        } else {
            foldDiacritics = true
        }
        let fold: (String) -> String = { [foldDiacritics] in foldDiacritics ? VietnameseFolding.fold($0) : $0 }
        var source: String
        if let p = d["pattern"] {
            source = try p.text("pattern")
            if foldDiacritics { source = fold(source) }
        } else if let ph = d["phrases"] {
            source = "\\b(?:" + (try ph.texts("phrases")).map { NSRegularExpression.escapedPattern(for: fold($0)) }.joined(separator: "|") + ")\\b"
        } else {
            throw RuleFileIssue(options.span, "\(kind) needs 'pattern' or 'phrases'")
        }
        let patternSpan = (d["pattern"] ?? d["phrases"] ?? options).span
        let names = Self.placeholderNames(in: source)
        for name in names where !Self.planPlaceholders.contains(name) {
            var vi = "mẫu dùng '{\(name)}' không có", en = "pattern placeholder '{\(name)}' does not exist"
            if let s = Suggestion.closest(to: name, in: Self.planPlaceholders) { vi += " (có phải '{\(s)}'?)"; en += " (did you mean '{\(s)}'?)" }
            let list = Self.planPlaceholders.map { "{\($0)}" }.joined(separator: ", ")
            throw RuleFileIssue(patternSpan, vi: vi + "; được dùng: \(list)", en: en + "; available: \(list)")
        }
        let regexOptions: NSRegularExpression.Options = foldDiacritics ? [.caseInsensitive] : []
        // Compile now with sample values, so a malformed pattern is a rule-file error at load time.
        let probe = Self.substitute(source, values: Dictionary(uniqueKeysWithValues: names.map { ($0, "2000") }))
        do {
            let regex = try NSRegularExpression(pattern: probe, options: regexOptions)
            compiled = CompiledPatterns(source: source, placeholders: names, options: regexOptions, span: patternSpan,
                                        fixed: names.isEmpty ? BudgetedRegex(regex, span: patternSpan) : nil)
        } catch {
            throw RuleFileIssue((d["pattern"] ?? options).span, "bad regular expression: \(source)")
        }
        patternText = source
    }

    /// `{plan.year}`-style names in a pattern (a dotted identifier between braces).
    /// The compiled expressions, for the match-budget report.
    var regexes: [BudgetedRegex] { compiled.all }

    static func placeholderNames(in source: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: #"\{([a-z]+\.[a-z_]+)\}"#) else { return [] }
        let ns = source as NSString
        var names: [String] = []
        for m in re.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: m.range(at: 1))
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    static func substitute(_ source: String, values: [String: String]) -> String {
        var out = source
        for (name, value) in values { out = out.replacingOccurrences(of: "{\(name)}", with: NSRegularExpression.escapedPattern(for: value)) }
        return out
    }

    /// The result of matching a field's value.
    enum Result {
        /// The matched text and its place in the value, in Unicode scalars (what
        /// `Located.span(ofScalars:)` maps back to the file).
        case matched(String, scalars: Range<Int>)
        case notMatched
        /// The pattern ran out of its match budget (see `BudgetedRegex`): no answer.
        case undecided
    }

    /// Whether, and with which text, the field's value matches, for the plan being checked.
    func match(in value: String, of plan: Plan) -> Result {
        let text = foldDiacritics ? VietnameseFolding.fold(value) : value
        guard let regex = compiled.regex(for: plan) else { return .undecided }
        let range: NSRange
        switch regex.firstMatch(in: text) {
        case .match(let r): range = r
        case .noMatch: return .notMatched
        case .exhausted: return .undecided
        }
        // Folding maps scalar to scalar, so the scalar range in the folded text is the range
        // in the value, and the quoted text is the value's own.
        guard let r = Range(range, in: text) else { return .notMatched }
        let lower = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
        let count = text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
        let scalars = Array(value.unicodeScalars)
        guard scalars.count == text.unicodeScalars.count else { return .matched(String(text[r]), scalars: lower..<(lower + count)) }
        var quoted = ""
        quoted.unicodeScalars.append(contentsOf: scalars[lower..<(lower + count)])
        return .matched(quoted, scalars: lower..<(lower + count))
    }
}

/// The compiled regular expressions of one pattern: one when it names no plan value, else
/// one per value met (a province's plans share a year, so there are few).
final class CompiledPatterns: @unchecked Sendable {
    private let source: String
    private let placeholders: [String]
    private let options: NSRegularExpression.Options
    private let span: SourceSpan
    private let fixed: BudgetedRegex?
    private let lock = NSLock()
    private var byValues: [String: BudgetedRegex] = [:]

    init(source: String, placeholders: [String], options: NSRegularExpression.Options, span: SourceSpan, fixed: BudgetedRegex?) {
        self.source = source
        self.placeholders = placeholders
        self.options = options
        self.span = span
        self.fixed = fixed
    }

    /// Every expression compiled so far (the budget report asks which ran out).
    var all: [BudgetedRegex] {
        if let fixed { return [fixed] }
        return lock.withLock { Array(byValues.values) }
    }

    /// The expression for this plan; nil when the plan lacks a value the pattern names
    /// (no year read): the pattern then gives no answer rather than a wrong one.
    func regex(for plan: Plan) -> BudgetedRegex? {
        if let fixed { return fixed }
        var values: [String: String] = [:]
        for name in placeholders {
            switch name {
            case "plan.year": guard let y = plan.year else { return nil }; values[name] = String(y)
            default: return nil
            }
        }
        let key = FieldPattern.substitute(source, values: values)
        return lock.withLock { () -> BudgetedRegex? in
            if let r = byValues[key] { return r }
            guard let re = try? NSRegularExpression(pattern: key, options: options) else { return nil }
            let r = BudgetedRegex(re, span: span)
            byValues[key] = r
            return r
        }
    }
}

/// `match`: the field must match the pattern (a present field that does not is reported).
///
/// Ví dụ: `check: { match: { field: timeline, pattern: "\\d{4}" } }` — thời gian phải có năm.
public struct MatchCheck: CheckKind {
    public static let name = "match"
    public static let summary = "Trường phải khớp mẫu (cụm từ hoặc biểu thức chính quy) — a field must match a pattern."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["field", "field_en", "value"]
    let pattern: FieldPattern

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        pattern = try FieldPattern(options, kind: Self.name)
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, _) = target, let v = pattern.field.value(in: t) else { return [] }
        guard case .notMatched = pattern.match(in: v.value, of: target.plan) else { return [] }
        return [Hit(span: v.span, arguments: ["field": pattern.field.label.vi, "field_en": pattern.field.label.en, "value": v.value],
                    evidence: v.value)]
    }
}
