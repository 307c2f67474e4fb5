import Foundation
import PlanModel

/// Finds, for one `layout` requirement, the places of a Word plan that break it: the
/// paragraphs of each component are found through the spans the parser gave the model,
/// never by searching the text.
struct LayoutInspection {
    let plan: Plan
    let facts: DocumentFormatting

    /// A place that breaks a requirement, with what was found there.
    private struct Breach { var span: SourceSpan; var found: String }

    func hit(_ component: String, _ requirement: LayoutCheck.Requirement) -> Hit? {
        let (breaches, expected) = check(component, requirement)
        guard let first = breaches.first else { return nil }
        return Hit(span: first.span, arguments: ["found": first.found, "expected": expected, "count": String(breaches.count)])
    }

    // MARK: - Which paragraphs

    /// The last line of the document proper (the signature); later sections are appendices.
    private var mainEnd: Int {
        let s = plan.signature
        let lines = [s?.name?.span.end.line, s?.title?.span.end.line, s?.authority?.span.end.line, plan.recipients?.span.end.line]
        return lines.compactMap { $0 }.max() ?? Int.max
    }

    private func lines(of located: Located<String>?) -> [Int] {
        guard let l = located else { return [] }
        return Array(l.span.start.line...max(l.span.start.line, l.span.end.line))
    }

    private func paragraphs(_ component: String) -> [ParagraphFormat] {
        let h = plan.header
        var numbers: [Int] = []
        switch component {
        case "quoc-hieu": numbers = lines(of: h.nationalName)
        case "tieu-ngu": numbers = lines(of: h.motto)
        case "parent-issuer": numbers = lines(of: h.parentIssuer)
        case "issuer": numbers = lines(of: h.issuer)
        case "number": numbers = lines(of: h.numberLine)
        case "date-line": numbers = lines(of: h.dateLine)
        case "document-type": numbers = lines(of: h.documentType)
        // A công văn's "V/v" line has its own presentation (Phụ lục I, Mục II, khoản 5, điểm b,
        // second paragraph: 12–13, not bold); `title` is the trích yếu under a type name.
        case "title": numbers = h.kind == .congVan || h.documentType == nil ? [] : lines(of: h.title)
        case "vv": numbers = h.kind == .congVan ? lines(of: h.title) : []
        case "recipients-label": numbers = plan.recipients.map { [$0.span.start.line] } ?? []
        case "recipients-list":
            if let r = plan.recipients {
                numbers = (r.entries + [r.archive].compactMap { $0 }).flatMap { lines(of: $0) }.filter { $0 != r.span.start.line }
            }
        case "signer":
            if let s = plan.signature { numbers = (s.authorities + [s.title].compactMap { $0 }).flatMap { lines(of: $0) } }
        case "body": return bodyParagraphs
        default: return facts.paragraphs.filter { !$0.textRuns.isEmpty }
        }
        return Set(numbers).sorted().compactMap { facts.paragraph(atLine: $0) }
    }

    /// Paragraphs of the content: after the header's last component, before the closing,
    /// outside tables (tables set their own sizes), with text.
    private var bodyParagraphs: [ParagraphFormat] {
        let h = plan.header
        let headerEnd = [h.title, h.documentType, h.dateLine, h.numberLine, h.motto, h.nationalName]
            .compactMap { $0?.span.end.line }.max() ?? 0
        let closing = [plan.recipients?.span.start.line, plan.signature?.authority?.span.start.line,
                       plan.parts.first?.span.start.line].compactMap { $0 }.min() ?? Int.max
        return facts.paragraphs.filter { $0.line > headerEnd && $0.line < closing && !$0.inTable && !$0.textRuns.isEmpty }
    }

    // MARK: - Checks

    private func check(_ component: String, _ requirement: LayoutCheck.Requirement) -> ([Breach], String) {
        switch requirement {
        case .paper(let name):
            let want = name.uppercased() == "A4" ? (210.0, 297.0) : (0, 0)
            let bad = facts.sections.compactMap { s -> Breach? in
                guard let w = s.pageWidth, let h = s.pageHeight else { return nil }
                let (a, b) = (min(PageSetup.mm(w), PageSetup.mm(h)), max(PageSetup.mm(w), PageSetup.mm(h)))
                return abs(a - want.0) <= 2 && abs(b - want.1) <= 2 ? nil
                    : Breach(span: s.span, found: "\(Int(a.rounded())) × \(Int(b.rounded())) mm")
            }
            return (bad, name)
        case .orientation(let o):
            let end = mainEnd
            let bad = facts.sections.filter { $0.lines.lowerBound <= end }.compactMap { s -> Breach? in
                (o == "portrait") == !s.isLandscape ? nil : Breach(span: s.span, found: s.isLandscape ? "landscape" : "portrait")
            }
            return (bad, o)
        case .margin(let side, let range):
            let bad = facts.sections.compactMap { s -> Breach? in
                let value: Int? = side == "top" ? s.marginTop : side == "bottom" ? s.marginBottom : side == "left" ? s.marginLeft : s.marginRight
                guard let v = value else { return nil }
                let mm = PageSetup.mm(v)
                return range.contains((mm * 10).rounded() / 10) ? nil : Breach(span: s.span, found: Self.number(mm) + " mm")
            }
            return (bad, "\(Self.number(range.lowerBound))–\(Self.number(range.upperBound)) mm")
        case .font(let font):
            let bad = runs(component).filter { r in r.legacyEncoding == nil && r.font.map { $0.caseInsensitiveCompare(font) != .orderedSame } ?? false }
                .map { Breach(span: $0.span, found: $0.font ?? "—") }
            return (bad, font)
        case .color(let color):
            let bad = runs(component).filter { r in
                guard let c = r.color?.lowercased(), c != "auto" else { return false }
                return color == "black" ? c != "000000" : c != color.lowercased()
            }.map { Breach(span: $0.span, found: $0.color ?? "—") }
            return (bad, color)
        case .size(let range):
            var bad = runs(component).filter { r in r.points.map { !range.contains($0) } ?? false }
                .map { Breach(span: $0.span, found: Self.number($0.points ?? 0)) }
            if component == "page-number" {
                // The size of the PAGE field's own run (or its paragraph's), per header or footer.
                bad = facts.pageNumbers.compactMap { f -> Breach? in
                    guard let half = f.halfPoints, !range.contains(Double(half) / 2) else { return nil }
                    return Breach(span: sectionSpan(f.section), found: Self.number(Double(half) / 2))
                }
            }
            return (bad, range.lowerBound == range.upperBound ? Self.number(range.lowerBound)
                    : "\(Self.number(range.lowerBound))–\(Self.number(range.upperBound))")
        case .bold(let want):
            return (runs(component).filter { $0.bold != want }.map { Breach(span: $0.span, found: $0.bold ? "đậm" : "không đậm") },
                    want ? "đậm" : "không đậm")
        case .italic(let want):
            return (runs(component).filter { $0.italic != want }.map { Breach(span: $0.span, found: $0.italic ? "nghiêng" : "đứng") },
                    want ? "nghiêng" : "đứng")
        case .capitals(let want):
            let bad = paragraphs(component).compactMap { p -> Breach? in
                let located = componentValue(component, line: p.line)
                guard let text = located?.value else { return nil }
                let upper = text == text.uppercased() || p.textRuns.allSatisfy(\.caps)
                return upper == want ? nil : Breach(span: located!.span, found: text)
            }
            return (bad, want ? "chữ in hoa" : "chữ in thường")
        case .firstLineIndent(let range):
            // Headings (every run bold) and numbered or centred paragraphs are laid out by
            // their own points of Phụ lục I; the indent is that of running text.
            let bad = paragraphs(component).filter { p in
                !p.isNumbered && (p.alignment == nil || p.alignment == .justify || p.alignment == .left)
                    && !p.textRuns.allSatisfy(\.bold)
            }.compactMap { p -> Breach? in
                let cm = Double(p.firstLineIndent ?? -(p.hangingIndent ?? 0)) / 567
                return range.contains((cm * 100).rounded() / 100) ? nil : Breach(span: p.span, found: Self.number(cm) + " cm")
            }
            return (bad, "\(Self.number(range.lowerBound))–\(Self.number(range.upperBound)) cm")
        case .lineSpacing(let range):
            let bad = paragraphs(component).compactMap { p -> Breach? in
                guard case .multiple(let x)? = p.lineSpacing else { return nil }
                return range.contains((x * 100).rounded() / 100) ? nil : Breach(span: p.span, found: Self.number(x))
            }
            return (bad, "\(Self.number(range.lowerBound))–\(Self.number(range.upperBound))")
        case .placement(let where_):
            let bad = facts.pageNumbers.filter { $0.placement.rawValue != where_ }.map { Breach(span: sectionSpan($0.section), found: $0.placement == .header ? "đầu trang" : "chân trang") }
            return (bad, where_ == "header" ? "đầu trang" : "chân trang")
        case .alignment(let a):
            if component == "page-number" {
                let bad = facts.pageNumbers.filter { $0.alignment?.rawValue != a }.map { Breach(span: sectionSpan($0.section), found: $0.alignment?.rawValue ?? "left") }
                return (bad, a)
            }
            let bad = paragraphs(component).filter { ($0.alignment?.rawValue ?? "left") != a }.map { Breach(span: $0.span, found: $0.alignment?.rawValue ?? "left") }
            return (bad, a)
        case .firstPage(let shown):
            guard let first = facts.sections.first else { return ([], "") }
            let onFirst = facts.pageNumbers.contains { $0.section == first.index && ($0.pages == .first || ($0.pages == .default && !first.differentFirstPage)) }
            return (onFirst == shown ? [] : [Breach(span: first.span, found: onFirst ? "có số trang ở trang đầu" : "không")],
                    shown ? "có" : "không hiển thị số trang thứ nhất")
        case .unicode:
            return ([], "Unicode")
        case .allowed(let allowed):
            guard component == "comments", !allowed else { return ([], "") }
            return (facts.comments.map { Breach(span: $0, found: "ghi chú") }, "không còn ghi chú")
        case .ruleBelow(let wanted):
            let own = paragraphs(component)
            guard let last = own.last else { return ([], "") }
            // The rule may be the component's own bottom border, a typed row under it (in
            // the same paragraph after a line break, or the next one or two paragraphs),
            // or a line shape; a shape can be anchored anywhere near, so any drawing in
            // the header's paragraphs counts as the rule rather than risk a false alarm.
            let following = facts.paragraphs.filter { $0.line > last.line }.prefix(2)
            let through = following.last?.line ?? last.line
            let found = own.contains { $0.hasBottomBorder || $0.hasTypedRule }
                || following.contains { $0.hasTypedRule || ($0.hasBottomBorder && $0.textRuns.isEmpty) }
                || facts.paragraphs.contains { $0.line <= through && $0.hasDrawing }
            let expected = wanted ? "có đường kẻ ngang, nét liền phía dưới" : "không có đường kẻ"
            return (found == wanted ? [] : [Breach(span: last.span, found: found ? "có đường kẻ" : "không có đường kẻ")], expected)
        }
    }

    private func runs(_ component: String) -> [RunFormat] {
        if component == "page-number" { return [] }
        return paragraphs(component).flatMap(\.textRuns)
    }

    private func sectionSpan(_ index: Int) -> SourceSpan {
        facts.sections.first { $0.index == index }?.span ?? facts.sections[0].span
    }

    private func componentValue(_ component: String, line: Int) -> Located<String>? {
        let h = plan.header
        let all: [Located<String>?]
        switch component {
        case "quoc-hieu": all = [h.nationalName]
        case "tieu-ngu": all = [h.motto]
        case "parent-issuer": all = [h.parentIssuer]
        case "issuer": all = [h.issuer]
        case "document-type": all = [h.documentType]
        case "signer": all = (plan.signature?.authorities ?? []) + [plan.signature?.title]
        default: all = []
        }
        return all.compactMap { $0 }.first { $0.span.start.line <= line && line <= $0.span.end.line }
    }

    static func number(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r).replacingOccurrences(of: "0$", with: "", options: .regularExpression)
    }
}
