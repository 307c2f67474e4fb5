import Foundation
import PlanModel
import VietnameseText

/// A pattern on one task field: phrases or a regular expression, diacritic-insensitive
/// unless `diacritics: sensitive` is given. Shared by `match` and `forbid`.
struct FieldPattern: Sendable {
    let field: TaskField
    let regex: BudgetedRegex
    let foldDiacritics: Bool
    let patternText: String

    static let keys = ["field", "pattern", "phrases", "diacritics"]

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
        do {
            regex = BudgetedRegex(try NSRegularExpression(pattern: source, options: foldDiacritics ? [.caseInsensitive] : []),
                                  span: (d["pattern"] ?? d["phrases"] ?? options).span)
        } catch {
            throw RuleFileIssue((d["pattern"] ?? options).span, "bad regular expression: \(source)")
        }
        patternText = source
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

    /// Whether, and with which text, the field's value matches.
    func match(in value: String) -> Result {
        let text = foldDiacritics ? VietnameseFolding.fold(value) : value
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
        guard case .notMatched = pattern.match(in: v.value) else { return [] }
        return [Hit(span: v.span, arguments: ["field": pattern.field.label.vi, "field_en": pattern.field.label.en, "value": v.value],
                    evidence: v.value)]
    }
}
