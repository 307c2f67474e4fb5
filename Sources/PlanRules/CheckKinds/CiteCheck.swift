import Foundation
import MasterPlans
import PlanModel
import VietnameseText

/// `cite`: the plan cites the province's master plan for its year, with the exact number
/// and date. A plan that cites another year's master is told which one to cite.
///
/// Ví dụ: kế hoạch năm 2023 căn cứ "Quyết định số 2108/QĐ-UBND ngày 23/12/2021" (kế hoạch
/// của năm 2022) thay vì "Quyết định số 1782/QĐ-UBND ngày 21/12/2022".
public struct CiteCheck: CheckKind {
    public static let name = "cite"
    public static let summary = "Trích dẫn đúng kế hoạch CCHC của tỉnh năm kế hoạch — cites the right master plan."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = ["expected", "found", "problem", "problem_en"]

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        guard try options.text("cite") == "master" else { throw RuleFileIssue(options.span, "cite takes the value 'master'") }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let plan) = target, let master = context.master else { return [] }
        let expected = Self.describe(master.pack.master)
        var other: (LegalReference, MasterDocument)?
        var wrong: (LegalReference, CitationComparison)?
        for ref in plan.references {
            guard let (doc, thisYear, comparison) = master.pack.masterCited(by: ref) else { continue }
            if thisYear {
                switch comparison {
                case .exact, .plausible: return []
                default: if wrong == nil { wrong = (ref, comparison) }
                }
            } else if other == nil {
                other = (ref, doc)
            }
        }
        if let (ref, doc) = other {
            return [Hit(span: ref.span, arguments: ["expected": expected, "found": ref.text,
                                                    "problem": "đây là kế hoạch CCHC năm \(doc.year.map(String.init) ?? "khác")",
                                                    "problem_en": "that is the master plan for \(doc.year.map(String.init) ?? "another year")"],
                        evidence: ref.text, suggestion: expected)]
        }
        if let (ref, comparison) = wrong {
            let (vi, en): (String, String)
            switch comparison {
            case .undated: (vi, en) = ("thiếu ngày ban hành", "the date is missing")
            case .wrongDate(let d): (vi, en) = ("sai ngày (\(d.vietnamese))", "wrong date (\(d.vietnamese))")
            case .wrongNumber(let n): (vi, en) = ("sai số (\(n))", "wrong number (\(n))")
            default: (vi, en) = ("không khớp", "does not match")
            }
            return [Hit(span: ref.span, arguments: ["expected": expected, "found": ref.text, "problem": vi, "problem_en": en],
                        evidence: ref.text, suggestion: expected)]
        }
        // No symbol cited: a basis paragraph may name the master by its title ("Kế hoạch cải cách
        // hành chính … năm 2021"); the year then tells whether it is the right one.
        for basis in plan.basis {
            let folded = VietnameseFolding.fold(basis.value)
            if master.pack.master.recognise.contains(where: { p in !p.contains("…") && folded.contains(VietnameseFolding.fold(p)) }) { return [] }
            guard let phrase = folded.range(of: "ke hoach cai cach hanh chinh") else { continue }
            // The year that follows the title ("… năm 2021"), not a later one in the sentence.
            let years = folded[phrase.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1990...2100).contains($0) }
            if let y = years.first, y != master.pack.year {
                return [Hit(span: basis.span, arguments: ["expected": expected, "found": basis.value,
                                                          "problem": "đây là kế hoạch CCHC năm \(y)", "problem_en": "that is the master plan for \(y)"],
                            evidence: basis.value, suggestion: expected)]
            }
        }
        return [Hit(span: plan.basis.first?.span, arguments: ["expected": expected, "found": "—",
                                                              "problem": "không tìm thấy trích dẫn", "problem_en": "no citation found"],
                    suggestion: expected)]
    }

    static func describe(_ d: MasterDocument) -> String {
        var s = d.type
        s += " số " + [d.number ?? "…", d.symbol].compactMap { $0 }.joined(separator: "/")
        if let date = d.date { s += " ngày " + date.vietnamese } else if let t = d.dateText { s += " ngày " + t }
        return s
    }
}
