import BuiltinContent
import Foundation
import LegalReferences
import PlanModel
import Yams

/// `reference`: citations of legal documents are well formed and were in force.
///
/// `problem:` selects what the rule reports — `type-word-mismatch` ("Quyết định số 25/KH-UBND"),
/// `year-segment-mismatch`, `missing-year-segment` ("Nghị định số 107/NĐ-CP"), `invalid-date`
/// (31/02), `date-after-plan`, `conflicting-dates` (one document, two dates),
/// `first-citation-without-date`, and, with the `catalog:` of legal documents, `expired`,
/// `replaced`, `replacement-unconfirmed` and `catalog-date-mismatch`. Status is judged on the
/// plan's date of issue.
public struct ReferenceCheck: CheckKind {
    public static let name = "reference"
    public static let summary = "Trích dẫn văn bản pháp luật đúng thể thức, còn hiệu lực — legal citations well formed and in force."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = [
        "symbol", "typeWord", "typeCode", "expectedCode", "yearSegment", "date", "dateYear", "suggestedSymbol", "dateText",
        "planDate", "otherDate", "title", "expiredOn", "successor", "successorTitle", "effective", "currentSuccessor",
        "source", "catalogDate", "citation", "writtenCode",
    ]

    let problem: ReferenceProblem.Kind
    let catalog: LegalCatalog?
    /// Identifies the catalogue in the per-plan memo.
    let catalogPath: String

    static let problemNames: [String: ReferenceProblem.Kind] = [
        "type-word-mismatch": .typeWordMismatch, "year-segment-mismatch": .yearSegmentMismatch,
        "missing-year-segment": .missingYearSegment, "invalid-date": .invalidDate, "date-after-plan": .dateAfterPlan,
        "conflicting-dates": .conflictingDates, "first-citation-without-date": .firstCitationWithoutDate,
        "expired": .expired, "replaced": .replaced, "replacement-unconfirmed": .replacementUnconfirmed,
        "catalog-date-mismatch": .catalogDateMismatch,
    ]

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("reference", allowed: ["problem", "catalog"], required: ["problem"])
        let name = try d["problem"]!.text("problem")
        guard let p = Self.problemNames[name] else {
            throw .unknownKey(name, at: d["problem"]!.span, allowed: Self.problemNames.keys.sorted())
        }
        problem = p
        if let c = d["catalog"] {
            let relative = try c.text("catalog")
            let path = relative.hasPrefix("/") ? relative
                : ((context.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
            catalog = try Self.loadCatalog(path, at: c.span)
            catalogPath = path
        } else {
            catalog = nil
            catalogPath = ""
            if [.expired, .replaced, .replacementUnconfirmed, .catalogDateMismatch].contains(p) {
                throw RuleFileIssue(options.span, "problem '\(name)' needs a catalog: path to the legal-document catalogue")
            }
        }
    }

    static func loadCatalog(_ path: String, at span: SourceSpan) throws(RuleFileIssue) -> LegalCatalog {
        guard ContentSource.isBuiltin(path) || FileManager.default.fileExists(atPath: path) else {
            throw RuleFileIssue(span, vi: "không có tệp danh mục văn bản \(path)", en: "cannot read the catalogue \(path)")
        }
        return try DataFile.load(LegalCatalog.self, from: path)  // parsed once per file, shared by every rule naming it
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let plan) = target, !plan.references.isEmpty else { return [] }
        // "After the plan's date" needs the real date; status in force uses the best estimate.
        let date = problem == .dateAfterPlan ? plan.header.date?.value : plan.judgingDate
        if problem == .dateAfterPlan && date == nil { return [] }
        let key = "references|\(catalogPath)|\(date?.iso ?? "-")"
        let problems = context.memo.value(key) { ReferenceAnalysis.problems(in: plan.references, planDate: date, catalog: catalog) }
        return problems.filter { $0.kind == problem }.map { p in
            let ref = plan.references[p.referenceIndex]
            var args = p.arguments
            args["citation"] = ref.text
            return Hit(span: ref.span, arguments: args, evidence: ref.text,
                       suggestion: args["suggestedSymbol"] ?? args["successor"])
        }
    }
}
