import PlanModel
import VietnameseText

/// `sequence`: numbering runs without gaps or repeats — Roman (I, II…), Arabic (1, 2…),
/// decimal (1.1, 1.2…) and Vietnamese letters (a b c d đ e g h i k l m n o p q r s t u v x y).
///
/// Ví dụ: "a) b) d)" thiếu c); "d) d)" lặp lại (khi văn bản mất dấu, d) thứ hai thường là đ)).
/// `report: gaps` or `report: repeats` chooses which problems the rule reports.
public struct SequenceCheck: CheckKind {
    public static let name = "sequence"
    public static let summary = "Đánh số liên tục, không thiếu, không lặp — numbering without gaps or repeats."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = ["parent", "missing", "found", "hint", "hint_en"]

    /// `style` reports, once per document, a letter list that never uses "đ)" (a style note)
    /// and a list lettered with the English alphabet (f, j, w): neither is a missing item.
    enum Report: String, Sendable { case gaps, repeats, style }
    let report: Report
    let styles: Set<NumberingStyle>
    /// In text without diacritics, "d) d)" is what "d) đ)" becomes: `only` reports just those
    /// (for a low-severity rule), otherwise the main rule leaves them to it.
    let lostStrokeOnly: Bool

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("sequence", allowed: ["report", "styles", "lost_stroke"], required: ["report"])
        if let l = d["lost_stroke"] {
            guard try l.text("lost_stroke") == "only" else { throw RuleFileIssue(l.span, "lost_stroke takes the value 'only'") }
            lostStrokeOnly = true
        } else {
            lostStrokeOnly = false
        }
        guard let r = Report(rawValue: try d["report"]!.text("report")) else {
            throw RuleFileIssue(d["report"]!.span, "report must be gaps, repeats or style")
        }
        report = r
        if let s = d["styles"] {
            var set: Set<NumberingStyle> = []
            for n in try s.texts("styles") {
                guard let st = NumberingStyle(rawValue: n) else { throw RuleFileIssue(s.span, "unknown numbering style '\(n)'") }
                set.insert(st)
            }
            styles = set
        } else {
            styles = [.roman, .arabic, .decimal, .letter, .letterNumber, .parenthesized, .capital, .part, .chapter, .legalSection, .article]
        }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let plan) = target else { return [] }
        var hits: [Hit] = []
        var notes = StyleNotes()
        notes.usedStroke = plan.allSections.contains { $0.marker.style == .letter && $0.marker.label == "đ" }
        check(plan.sections, parent: "", context: context, notes: &notes, into: &hits)
        // A form or template ("Mẫu số 01") carries its own numbering, not the document's.
        var articles: [Section] = [], chapters: [Section] = []
        func walk(_ s: Section) {
            guard s.marker.style != .form else { return }
            if s.marker.style == .article { articles.append(s) } else if s.marker.style == .chapter { chapters.append(s) }
            check(s.children, parent: s.path, context: context, notes: &notes, into: &hits)
            s.children.forEach(walk)
        }
        plan.sections.forEach(walk)
        // Articles and chapters are numbered through the whole act, across chapters and
        // sections; "Điều 1" (or "Chương I") again begins another act (a Quy định issued with it).
        for (style, items) in [(NumberingStyle.article, articles), (.chapter, chapters)] where styles.contains(style) {
            var run: [Section] = []
            for item in items {
                if item.marker.ordinal == 1, !run.isEmpty {
                    checkGroup(run, style: style, parent: "", context: context, notes: &notes, into: &hits)
                    run = []
                }
                run.append(item)
            }
            if !run.isEmpty { checkGroup(run, style: style, parent: "", context: context, notes: &notes, into: &hits) }
        }
        if report == .style {
            if let d = notes.skippedStroke, !notes.usedStroke { hits.append(d) }
            if let e = notes.english { hits.append(e) }
        }
        return hits
    }

    /// What the style report says once per document.
    private struct StyleNotes {
        var skippedStroke: Hit?
        var usedStroke = false
        var english: Hit?
    }

    private func check(_ siblings: [Section], parent: String, context: EvaluationContext, notes: inout StyleNotes,
                       into hits: inout [Hit]) {
        var byStyle: [NumberingStyle: [Section]] = [:]
        var order: [NumberingStyle] = []
        for s in siblings where styles.contains(s.marker.style) && s.marker.style != .article && s.marker.style != .chapter {
            if byStyle[s.marker.style] == nil { order.append(s.marker.style) }
            byStyle[s.marker.style, default: []].append(s)
        }
        for style in order {
            checkGroup(byStyle[style]!, style: style, parent: parent, context: context, notes: &notes, into: &hits)
        }
    }

    private func checkGroup(_ items: [Section], style: NumberingStyle, parent: String, context: EvaluationContext,
                            notes: inout StyleNotes, into hits: inout [Hit]) {
        let english = style == .letter && items.contains { $0.marker.label.unicodeScalars.count == 1 && VietnameseLetters.foreignLetters.contains($0.marker.label.unicodeScalars.first!) }
        let parentName = parent.isEmpty ? "văn bản" : parent
        if english, notes.english == nil, let first = items.first(where: { $0.marker.label.unicodeScalars.count == 1 && VietnameseLetters.foreignLetters.contains($0.marker.label.unicodeScalars.first!) }) {
            notes.english = Hit(span: first.marker.span,
                                arguments: ["parent": parentName, "found": first.marker.text, "missing": "",
                                            "hint": "dùng chữ cái không có trong bảng chữ cái tiếng Việt (f, j, w, z)",
                                            "hint_en": "uses letters outside the Vietnamese alphabet (f, j, w, z)"],
                                evidence: first.title.value, path: first.path)
        }
        func ordinal(_ s: Section) -> Int {
            guard style == .letter, let c = s.marker.label.unicodeScalars.first else { return s.marker.ordinal }
            // (A capital heading's ordinal is its Vietnamese letter order, read by the scanner.)
            return (english ? VietnameseLetters.englishOrdinal(of: c) : VietnameseLetters.ordinal(of: c)) ?? s.marker.ordinal
        }
        func label(_ n: Int) -> String {
            switch style {
            case .roman: return (RomanNumeral.uppercase(n) ?? String(n)) + "."
            case .arabic: return "\(n)."
            case .parenthesized: return "(\(n))"
            case .capital: return (VietnameseLetters.letter(atVietnameseOrdinal: n) ?? "?").uppercased() + "."
            case .letter: return ((english ? VietnameseLetters.letter(atEnglishOrdinal: n) : VietnameseLetters.letter(atVietnameseOrdinal: n)) ?? "?") + ")"
            case .letterNumber, .decimal:
                let base = items.first.map { String($0.marker.label.dropLast(String($0.marker.ordinal).count)) } ?? ""
                return style == .decimal ? "\(base)\(n)" : "\(base)\(n))"
            case .appendix, .form, .part, .chapter, .legalSection, .article:
                // "Điều 3", "Chương II": the keyword of the first item with the number written the same way.
                let first = items.first?.marker.label ?? ""
                let prefix = first.split(separator: " ").dropLast().joined(separator: " ")
                let roman = first.split(separator: " ").last.map { $0.allSatisfy { "IVXL".contains($0) } } ?? false
                return prefix + " " + (roman ? RomanNumeral.uppercase(n) ?? String(n) : String(n))
            }
        }
        var expected = 1
        var previous: Section?
        for item in items {
            var o = ordinal(item)
            if o < expected {
                // "d) d)": the second is very likely "đ)" whose stroke was lost (OCR, no diacritics).
                let lostStroke = style == .letter && !english && item.marker.label == "d" && previous?.marker.label == "d"
                // Without diacritics the document cannot show "đ", so "d) d)" is most likely
                // "d) đ)": that case belongs to the lost-stroke rule, everything else to this one.
                let strokeCase = lostStroke && context.lacksDiacritics
                if report == .repeats && strokeCase == lostStrokeOnly {
                    hits.append(Hit(span: item.marker.span,
                                    arguments: ["parent": parentName, "found": item.marker.text,
                                                "hint": lostStroke ? " (có thể là \"đ)\" bị mất dấu)" : "",
                                                "hint_en": lostStroke ? " (probably \"đ)\" that lost its stroke)" : ""],
                                    evidence: item.title.value, path: item.path))
                }
                if lostStroke { o = VietnameseLetters.ordinal(of: "đ")! } else { previous = item; continue }
            } else if o > expected, style == .letter, !english, !notes.usedStroke, VietnameseLetters.letter(atVietnameseOrdinal: expected) == "đ",
                      o == expected + 1 {
                // "d) e)": many writers skip "đ)"; a style note (reported once by `style`), not a missing item.
                if notes.skippedStroke == nil {
                    notes.skippedStroke = Hit(span: item.marker.span,
                                              arguments: ["parent": parentName, "found": item.marker.text, "missing": "đ)",
                                                          "hint": "bỏ qua chữ \"đ)\"", "hint_en": "skips the letter \"đ)\""],
                                              evidence: item.title.value, path: item.path)
                }
            } else if o > expected, english, (expected..<o).allSatisfy({ VietnameseLetters.letter(atEnglishOrdinal: $0).map { VietnameseLetters.foreignLetters.contains($0.unicodeScalars.first!) } ?? false }) {
                // "i) k)" in a list that also uses f): the writer mixes alphabets; the style note says so once.
            } else if o > expected, report == .gaps {
                let missing = (expected..<o).prefix(5).map(label).joined(separator: ", ")
                hits.append(Hit(span: item.marker.span,
                                arguments: ["parent": parentName, "missing": missing, "found": item.marker.text, "hint": "", "hint_en": ""],
                                evidence: item.title.value, path: item.path))
            }
            expected = o + 1
            previous = item
        }
    }
}

