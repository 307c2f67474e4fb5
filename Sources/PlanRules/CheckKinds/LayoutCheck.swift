import Foundation
import PlanModel

/// `layout`: thể thức and kỹ thuật trình bày (Nghị định 30/2020/NĐ-CP, Phụ lục I) of a
/// Word file, from the formatting facts the Word reader records.
///
/// `of` names what is checked: `page` (paper, orientation, margins of each section; an
/// appendix after the signature may be landscape), `text` (font and colour of every run),
/// a header component (`quoc-hieu`, `tieu-ngu`, `parent-issuer`, `issuer`, `number`,
/// `date-line`, `document-type`, `title` — the trích yếu under a type name, not a công văn's
/// "V/v" line, which is `vv`), `body` (the paragraphs of the content),
/// `recipients-label` ("Nơi nhận:"), `recipients-list`, `signer` (quyền hạn and chức vụ),
/// `page-number`, `encoding` (text converted from TCVN3 or VNI; works on plain text
/// too), or `comments` (reviewers' comments left in the file, with `allowed: false`). Each other key is one requirement, e.g. `{ of: quoc-hieu, size: [12, 13] }`:
/// "Quốc hiệu cỡ chữ từ 12 đến 13". One hit per requirement, at the first place that
/// breaks it, with `{found}`, `{expected}` and `{count}` (how many places break it).
/// A file without formatting facts (text, PDF) gives no layout hit.
public struct LayoutCheck: CheckKind {
    public static let name = "layout"
    public static let summary = "Thể thức, kỹ thuật trình bày văn bản Word (NĐ 30/2020, Phụ lục I) — Word page setup, fonts, sizes and emphasis."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = ["found", "expected", "count"]

    static let components = ["page", "text", "quoc-hieu", "tieu-ngu", "parent-issuer", "issuer", "number", "date-line",
                             "document-type", "title", "vv", "body", "recipients-label", "recipients-list", "signer",
                             "page-number", "encoding", "comments"]

    enum Requirement: Sendable {
        case paper(String), orientation(String)
        case margin(side: String, ClosedRange<Double>)
        case font(String), color(String)
        case size(ClosedRange<Double>), bold(Bool), italic(Bool), capitals(Bool)
        case firstLineIndent(ClosedRange<Double>), lineSpacing(ClosedRange<Double>)
        case placement(String), alignment(String), firstPage(Bool), unicode(Bool)
        /// Whether the component may be there at all (`comments`: a reviewer's notes).
        case allowed(Bool)
        /// A short rule under the component: a bottom border, a line shape, or a typed row of "_".
        case ruleBelow(Bool)
    }

    let component: String
    let requirements: [Requirement]

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let keys = ["of", "paper", "orientation", "margin_top", "margin_bottom", "margin_left", "margin_right", "font", "color",
                    "size", "bold", "italic", "capitals", "first_line_indent", "line_spacing", "placement", "alignment",
                    "first_page", "unicode", "rule_below", "allowed"]
        let d = try options.requireKeys("layout", allowed: keys, required: ["of"])
        component = try d["of"]!.text("of")
        guard Self.components.contains(component) else {
            throw RuleFileIssue(d["of"]!.span, "layout.of must be one of: \(Self.components.joined(separator: ", "))")
        }
        func range(_ key: String) throws(RuleFileIssue) -> ClosedRange<Double>? {
            guard let v = d[key] else { return nil }
            let items = try v.sequence(key)
            guard items.count == 2 else { throw RuleFileIssue(v.span, "\(key) is [lowest, highest]") }
            let low = try items[0].number(key), high = try items[1].number(key)
            guard low <= high else { throw RuleFileIssue(v.span, "\(key): the lowest value comes first") }
            return low...high
        }
        var r: [Requirement] = []
        if let v = d["paper"] { r.append(.paper(try v.text("paper"))) }
        if let v = d["orientation"] { r.append(.orientation(try v.text("orientation"))) }
        for side in ["top", "bottom", "left", "right"] { if let x = try range("margin_\(side)") { r.append(.margin(side: side, x)) } }
        if let v = d["font"] { r.append(.font(try v.text("font"))) }
        if let v = d["color"] { r.append(.color(try v.text("color"))) }
        if let x = try range("size") { r.append(.size(x)) }
        if let v = d["bold"] { r.append(.bold(try v.bool("bold"))) }
        if let v = d["italic"] { r.append(.italic(try v.bool("italic"))) }
        if let v = d["capitals"] { r.append(.capitals(try v.bool("capitals"))) }
        if let x = try range("first_line_indent") { r.append(.firstLineIndent(x)) }
        if let x = try range("line_spacing") { r.append(.lineSpacing(x)) }
        if let v = d["placement"] { r.append(.placement(try v.text("placement"))) }
        if let v = d["alignment"] { r.append(.alignment(try v.text("alignment"))) }
        if let v = d["first_page"] { r.append(.firstPage(try v.bool("first_page"))) }
        if let v = d["unicode"] { r.append(.unicode(try v.bool("unicode"))) }
        if let v = d["allowed"] { r.append(.allowed(try v.bool("allowed"))) }
        if let v = d["rule_below"] { r.append(.ruleBelow(try v.bool("rule_below"))) }
        guard !r.isEmpty else { throw RuleFileIssue(options.span, "layout needs at least one requirement besides of") }
        requirements = r
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let plan) = target else { return [] }
        if component == "encoding" {
            guard let use = plan.legacyEncoding, requirements.contains(where: { if case .unicode(true) = $0 { true } else { false } })
            else { return [] }
            return [Hit(span: use.span, arguments: ["found": use.encoding == .tcvn3 ? "TCVN3" : "VNI", "expected": "Unicode",
                                                    "count": String(use.count)])]
        }
        guard let facts = plan.formatting else { return [] }
        let inspection = LayoutInspection(plan: plan, facts: facts)
        // Requirements broken at the same place make one hit ("chân trang; left").
        var hits: [Hit] = []
        for hit in requirements.compactMap({ inspection.hit(component, $0) }) {
            if let i = hits.firstIndex(where: { $0.span == hit.span }) {
                for key in ["found", "expected"] {
                    hits[i].arguments[key] = (hits[i].arguments[key] ?? "") + "; " + (hit.arguments[key] ?? "")
                }
            } else {
                hits.append(hit)
            }
        }
        return hits
    }
}
