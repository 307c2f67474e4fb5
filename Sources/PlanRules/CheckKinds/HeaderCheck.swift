import Foundation
import PlanModel
import VietnameseText

/// `header`: the document components of Nghị định 30/2020/NĐ-CP (Điều 8, Phụ lục I):
/// the number left blank, the symbol's type code against the document type, the date
/// written with leading zeros (days below 10, months 1 and 2), recipients ending with
/// "Lưu:", and the signature block.
///
/// Ví dụ: `check: { header: number-blank }`, `check: { header: type-code }`.
public struct HeaderCheck: CheckKind {
    public static let name = "header"
    public static let summary = "Thể thức văn bản theo Nghị định 30/2020/NĐ-CP — document components."
    public static let scopes: Set<RuleScope> = [.header]
    public static let placeholders: Set<String> = ["expected", "found", "value", "type"]

    enum Component: String, Sendable, CaseIterable {
        case numberBlank = "number-blank", dateBlank = "date-blank", typeCode = "type-code", dateFormat = "date-format"
        case recipients, archive, signature
    }
    let component: Component

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let name = try options.text("header")
        guard let c = Component(rawValue: name) else {
            throw .unknownKey(name, at: options.span, allowed: Component.allCases.map(\.rawValue))
        }
        component = c
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let p) = target else { return [] }
        let h = p.header
        switch component {
        case .numberBlank:
            guard h.numberIsBlank else { return [] }
            return [Hit(span: h.numberLine?.span ?? h.number?.span, evidence: h.numberLine?.value)]
        case .dateBlank:
            guard h.dateIsBlank else { return [] }
            return [Hit(span: h.dateLine?.span, evidence: h.dateLine?.value)]
        case .typeCode:
            // The code of NĐ 30 Phụ lục III for the type the header names (PlanModel.DocumentType);
            // a công văn prints none, a văn bản hợp nhất carries VBHN, a Luật has none.
            guard let type = h.documentType, let symbol = h.symbol, let kind = h.kind, let expected = kind.code,
                  kind != .vanBanHopNhat else { return [] }
            let lastSegment = symbol.value.split(separator: "/").last.map(String.init) ?? symbol.value
            let code = lastSegment.split(separator: "-").first.map(String.init) ?? lastSegment
            guard VietnameseFolding.fold(code) != VietnameseFolding.fold(expected) else { return [] }
            return [Hit(span: symbol.span, arguments: ["expected": expected, "found": code, "value": symbol.value,
                                                       "type": kind.displayName], evidence: h.numberLine?.value ?? type.value)]
        case .dateFormat:
            guard let line = h.dateLine, h.date != nil else { return [] }
            let f = VietnameseFolding.fold(line.value)
            var problems: [String] = []
            if let d = Self.number(after: "ngay", in: f), d.text.count == 1 { problems.append("ngày \(d.text) → 0\(d.text)") }
            if let m = Self.number(after: "thang", in: f), m.text.count == 1, m.value <= 2 { problems.append("tháng \(m.text) → 0\(m.text)") }
            guard !problems.isEmpty else { return [] }
            return [Hit(span: line.span, arguments: ["found": line.value, "expected": problems.joined(separator: ", ")], evidence: line.value)]
        case .recipients:
            guard p.recipients == nil else { return [] }
            return [Hit(span: nil)]
        case .archive:
            guard let r = p.recipients, r.archive == nil, !Self.isTemplate(r), !Self.hasInlineArchive(r) else { return [] }
            return [Hit(span: r.span, evidence: r.entries.last?.value)]
        case .signature:
            guard p.signature == nil else { return [] }
            return [Hit(span: p.recipients?.span)]
        }
    }

    /// "Nơi nhận: …" with nothing but dots to fill in: the recipients of a form or template
    /// (an attached "Mẫu"), not of the document.
    static func isTemplate(_ r: Recipients) -> Bool {
        r.entries.allSatisfy { e in e.value.unicodeScalars.allSatisfy { " .…-–;:,|*".unicodeScalars.contains($0) } }
    }

    /// "Nơi nhận:- Ông (bà) …; - Lưu VT, …": the archive entry written on the recipients' own line
    /// (a flattened copy) is there all the same.
    static func hasInlineArchive(_ r: Recipients) -> Bool {
        r.entries.contains { e in
            let f = VietnameseFolding.fold(e.value)
            return f.range(of: #"(^|[-;,+]\s*)luu\b"#, options: .regularExpression) != nil
        }
    }

    static func number(after word: String, in folded: String) -> (text: String, value: Int)? {
        guard let r = folded.range(of: word + " ") else { return nil }
        let digits = folded[r.upperBound...].prefix { $0.isNumber }
        guard !digits.isEmpty, let v = Int(digits) else { return nil }
        return (String(digits), v)
    }
}
