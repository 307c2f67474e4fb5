import PlanModel
import PlanRules

/// `length`: a task title of more than `max_words` words.
///
/// A complete check kind in one file, as docs/adding-a-check-kind.md describes: kept in the
/// test target (and not registered in `CheckKinds.all`) to prove that a kind's schema entry
/// and docs follow from this file alone (see `AddingACheckKindTests`).
struct LengthCheck: CheckKind {
    static let name = "length"
    static let summary = "Tên nhiệm vụ không quá dài — a task title is not too long."
    static let scopes: Set<RuleScope> = [.task]
    static let placeholders: Set<String> = ["words"]
    static let options = OptionShape.object([
        OptionField("max_words", .number("the most words a title may have")),
    ], required: ["max_words"])

    let maxWords: Int

    init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("length", allowed: ["max_words"], required: ["max_words"])
        maxWords = Int(try d["max_words"]!.number("max_words"))
    }

    func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let task, _) = target else { return [] }
        let words = task.title.value.split(separator: " ").count
        return words > maxWords ? [Hit(span: task.title.span, arguments: ["words": String(words)])] : []
    }
}
