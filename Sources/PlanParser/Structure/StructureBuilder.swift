import PlanModel
import VietnameseText

/// Builds the section tree and the task list from the body paragraphs.
///
/// Numbering styles nest by rank (Roman > Arabic > decimal > parenthesised > letter >
/// letter-number); a marker closes every open node of equal or lower rank. Fields attach
/// to the innermost open node. A node is a task when it carries task fields, or when it
/// is a lettered item among siblings that are tasks (so a task missing every field is
/// still seen). Bullets under a unit heading ("- Văn phòng Ban:") are tasks led by it.
enum StructureBuilder {
    struct Result {
        var sections: [Section]
        var tasks: [PlanTask]
        var assignments: [Assignment] = []
    }

    static func build(_ blocks: ArraySlice<TextBlock>, file: String) -> Result {
        let root = SectionNode(match: nil, marker: nil, path: "", label: "", rank: -1, depth: 0, title: nil,
                               span: SourceSpan(file: file, start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
        var stack: [SectionNode] = [root]
        var openField: (node: SectionNode, index: Int)?
        /// The open field was written with its label alone ("- Sản phẩm:"): the bullets under it,
        /// whatever their mark (Word shows every bullet as "- "), are its value.
        var openFieldIsList = false
        var openTargets: SectionNode?

        let quoted = quotedBlocks(Array(blocks))
        for (k, block) in blocks.enumerated() {
            let t = block.text
            let whole = 0..<t.count
            var role = BlockRole.classify(t)
            if block.isTableCell, case .marker = role { role = .plain(contentStart: MarkerScanner.contentStart(t)) }
            // Text quoted over several paragraphs (an amendment: "Sửa đổi khoản 2 như sau: “a) …”")
            // is not the document's own numbering.
            if quoted.contains(k) { continue }
            if case .plain(let start) = role, stack.count > 1, let m = attachmentNote(t, at: start) { role = .marker(m, field: nil) }
            switch role {
            case .marker(let m, let field):
                let rank = rankOf(m)
                while stack.count > 1, stack.last!.rank >= rank { stack.removeLast() }
                let parent = stack.last!
                let marker = NumberingMarker(style: m.style, label: m.label, ordinal: m.ordinal,
                                             text: t.string(m.range), span: t.span(m.range))
                let node = SectionNode(match: m, marker: marker, path: compose(parent, m), label: m.label, rank: rank,
                                       depth: parent.depth + 1, title: t.located(m.contentStart..<t.count), span: t.span(whole))
                openField = nil
                openTargets = nil
                node.unitHeading = unitHeading(t, from: m.contentStart)
                if let f = field {
                    let value = cleanValue(t, f.valueStart..<t.count)
                    switch f.role {
                    case .target:
                        node.isTargetHolder = true
                        if let v = value ?? node.title {
                            let target = TargetParser.target(v)
                            node.targets.append(target)
                            parent.targets.append(target)
                        }
                    case .description:
                        node.describesTasks = true
                        if let v = value { node.title = v }
                        node.fields.append(FieldEntry(role: .description, label: f.label, parts: value.map { [$0] } ?? []))
                        openField = (node, node.fields.count - 1)
                        openFieldIsList = false
                    default:
                        node.fields.append(FieldEntry(role: f.role, label: f.label, parts: value.map { [$0] } ?? []))
                    }
                }
                node.parent = parent
                parent.children.append(node)
                stack.append(node)

            case .field(let role, let label, _, let valueStart):
                let node = stack.last!
                let value = cleanValue(t, valueStart..<t.count)
                if node.currentUnit != nil, !node.headingTasks.isEmpty, role != .target {
                    // "+ task" followed by "- Thời gian: …": the field belongs to that task.
                    node.headingTasks[node.headingTasks.count - 1].set(role, value, label: label)
                    openField = nil
                    continue
                }
                if role == .target {
                    if let v = value { node.targets.append(TargetParser.target(v)) }
                    openTargets = node
                    openField = nil
                } else {
                    node.fields.append(FieldEntry(role: role, label: label, parts: value.map { [$0] } ?? []))
                    openField = (node, node.fields.count - 1)
                    openFieldIsList = value == nil
                    openTargets = nil
                }

            case .unitHeading(let name):
                let node = stack.last!
                node.currentUnit = t.located(name)
                openField = nil
                openTargets = nil

            case .bullet(let b, let contentStart):
                let node = stack.last!
                guard let content = cleanValue(t, contentStart..<t.count) ?? t.located(contentStart..<t.count) else { continue }
                if let unit = node.currentUnit {
                    node.headingTasks.append(headingTask(node, t, content, contentStart: contentStart, lead: unit))
                    openField = nil
                } else if let open = openField, b == "+" || openFieldIsList {
                    open.node.fields[open.index].parts.append(content)
                } else if let targetNode = openTargets, b == "+" {
                    targetNode.targets.append(TargetParser.target(content))
                } else if node.describesTasks || startsWithTaskWord(node) {
                    node.headingTasks.append(headingTask(node, t, content, contentStart: contentStart, lead: nil))
                    openField = nil
                } else {
                    if node.fields.isEmpty { node.content.append(content) }
                    openField = nil
                    openTargets = nil
                }

            case .plain(let contentStart):
                let node = stack.last!
                guard let content = t.located(contentStart..<t.count) else { continue }
                if let unit = node.currentUnit {
                    node.headingTasks.append(headingTask(node, t, content, contentStart: contentStart, lead: unit))
                } else if let open = openField, let last = open.node.fields[open.index].parts.last,
                          !BlockBuilder.isTerminated(t.prefixText(last.value)) {
                    open.node.fields[open.index].parts.append(content)
                } else if node.fields.isEmpty {
                    node.content.append(content)
                    openField = nil
                }
            }
        }

        var out = Output()
        let sections = finishChildren(of: root, organisation: false, into: &out)
        out.tasks.sort { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
        // A unit heading numbered twice ("2." "2.") would give two duties one path.
        var seen = Set<String>()
        for k in out.assignments.indices {
            var path = out.assignments[k].path, n = 2
            while seen.contains(path) { path = "\(out.assignments[k].path)(\(n))"; n += 1 }
            out.assignments[k].path = path
            seen.insert(path)
        }
        return Result(sections: attachTaskIndices(sections, out.tasks), tasks: out.tasks, assignments: out.assignments)
    }

    /// +1 when the paragraph opens a quotation it does not close, -1 when it closes one it
    /// did not open, else 0. Curly quotes count by kind, straight quotes by parity: an odd one
    /// closes when only punctuation follows it ("… khoản này".), else it opens.
    static func quoteBalance(_ t: MappedText) -> Int {
        var open = 0, close = 0, straight = 0, lastStraight = -1
        for (k, s) in t.scalars.enumerated() {
            if s == "“" { open += 1 } else if s == "”" { close += 1 } else if s == "\"" { straight += 1; lastStraight = k }
        }
        if open > close { return 1 }
        if close > open { return -1 }
        guard straight % 2 == 1 else { return 0 }
        let closing = t.scalars[(lastStraight + 1)...].allSatisfy { ".;,:)*… ".unicodeScalars.contains($0) }
        return closing && lastStraight > 0 ? -1 : 1
    }

    /// Whether a paragraph that leaves a quotation open begins one that spans paragraphs: the
    /// quote opens the paragraph ("“2. Danh mục …") or follows a colon ("… như sau: “a) …"). An
    /// unpaired quote inside a sentence ("thay “X’ thành …") is a typo, not a quotation.
    static func opensQuotation(_ t: MappedText) -> Bool {
        let start = MarkerScanner.contentStart(t)
        guard start < t.count else { return false }
        if ["“", "\""].contains(t.scalars[start]) { return true }
        for k in t.scalars.indices.dropFirst() where t.scalars[k] == "“" || t.scalars[k] == "\"" {
            var j = k - 1
            while j > 0, t.scalars[j] == " " { j -= 1 }
            if t.scalars[j] == ":" { return true }
        }
        return false
    }

    /// Indices of the paragraphs inside a quotation that spans paragraphs: one that opens a
    /// quote it does not close, up to the one (at most 40 paragraphs on) that closes it. A quote
    /// never closed is a typo, not a quotation.
    static func quotedBlocks(_ blocks: [TextBlock]) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < blocks.count {
            guard quoteBalance(blocks[k].text) > 0, opensQuotation(blocks[k].text) else { k += 1; continue }
            var j = k + 1
            while j < min(blocks.count, k + 41), quoteBalance(blocks[j].text) >= 0 { j += 1 }
            if j < blocks.count, j <= k + 40, quoteBalance(blocks[j].text) < 0 {
                out.formUnion((k + 1)...j)
                k = j + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// "(Kèm theo Nghị định số …)", "(Ban hành kèm theo Quyết định …)" inside the numbered body:
    /// an appendix whose "PHỤ LỤC" heading the copy lost begins here, and the numbering restarts.
    static func attachmentNote(_ t: MappedText, at start: Int) -> MarkerScanner.Match? {
        guard start < t.count, t.scalars[start] == "(" else { return nil }
        let i = t.skipSpaces(from: start + 1)
        for p in ["kem theo ", "ban hanh kem theo "] {
            guard let end = t.matchFolded(p, at: i) else { continue }
            // Attached to a document ("… Nghị định số …"), not a pointer to a table ("(Kèm theo Phụ lục)").
            let word = t.skipSpaces(from: end)
            let types = ["nghi dinh", "quyet dinh", "thong tu", "nghi quyet", "chi thi", "ke hoach", "cong van", "van ban"]
            guard types.contains(where: { t.matchFolded($0, at: word) != nil }) else { return nil }
            return MarkerScanner.Match(style: .appendix, label: "PL", ordinal: 1, range: start..<(end - 1), contentStart: start)
        }
        return nil
    }

    // MARK: - Ranks and paths

    static func rankOf(_ m: MarkerScanner.Match) -> Int {
        switch m.style {
        case .appendix: return -70
        case .form: return -60
        case .part: return -50
        case .chapter: return -40
        case .legalSection: return -30
        case .article: return -20
        case .capital: return -10
        case .roman: return 0
        case .arabic: return 1
        case .decimal: return 1 + m.label.split(separator: ".").count - 1
        case .parenthesized: return 8
        case .letter: return 10
        case .letterNumber: return 11
        }
    }

    /// "II" + "2" → "II.2"; "II.2" + "2.2" → "II.2.2" (a decimal label repeats its parent);
    /// "….a" + "a1" → "….a1".
    static func compose(_ parent: SectionNode, _ m: MarkerScanner.Match) -> String {
        // Articles are numbered through the whole act, so chapters and sections of a chapter
        // stay out of paths: "Điều 3.2.a", not "Chương I.Mục 1.Điều 3.2.a".
        var parent = parent
        if m.style == .article || m.style == .chapter || m.style == .legalSection {
            while let p = parent.parent, [.chapter, .legalSection].contains(parent.match?.style) { parent = p }
        }
        guard !parent.path.isEmpty else { return m.label }
        let extendsParent = (m.style == .decimal && m.label.hasPrefix(parent.label + "."))
            || (m.style == .letterNumber && m.label.hasPrefix(parent.label) && parent.match?.style == .letter)
        if extendsParent {
            let base = parent.path.split(separator: ".").dropLast(parent.label.split(separator: ".").count).joined(separator: ".")
            return base.isEmpty ? m.label : base + "." + m.label
        }
        return parent.path + "." + m.label
    }

    // MARK: - Values

    /// Trims a field value of spaces and one closing "." or ";"; a value made only of
    /// dots ("…", "...") is kept as written so the placeholder rule can see it.
    static func cleanValue(_ t: MappedText, _ range: Range<Int>) -> Located<String>? {
        guard let raw = t.located(range) else { return nil }
        if raw.value.unicodeScalars.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " }) { return raw }
        return t.located(range, trimming: [".", ";", ","]) ?? raw
    }

    static func startsWithTaskWord(_ node: SectionNode) -> Bool {
        guard let style = node.match?.style, style != .roman, let title = node.title else { return false }
        return VietnameseFolding.fold(title.value).hasPrefix("nhiem vu")
    }

    static func headingTask(_ node: SectionNode, _ t: MappedText, _ content: Located<String>, contentStart: Int,
                            lead: Located<String>?) -> PlanTask {
        let index = node.headingTasks.count + 1
        var task = PlanTask(path: "\(node.path).\(index)", sectionPath: node.path, marker: nil, title: content,
                            lead: lead, leadSource: lead == nil ? nil : .heading, span: content.span)
        // Inline fields: "+ Ban hành kế hoạch kiểm tra; thời gian: Quý I/2023".
        let inline = InlineFields.split(t, from: contentStart)
        if let first = inline.first {
            if let title = t.located(contentStart..<first.labelStart, trimming: [";", ",", ".", "(", "-"]) { task.title = title }
            for f in inline { task.set(f.role, cleanValue(t, f.value), label: f.label) }
        }
        return task
    }

    // MARK: - Finishing

    /// What finishing collects besides the section tree.
    struct Output {
        var tasks: [PlanTask] = []
        var assignments: [Assignment] = []
    }

    /// Builds the sections under `node`, appending its tasks: children that carry task
    /// fields, lettered leaves among task siblings, and the bullets under unit headings.
    /// Inside "Tổ chức thực hiện" (`organisation`), what is listed under a unit heading is an
    /// assignment of that unit, not a task.
    static func finishChildren(of node: SectionNode, organisation: Bool, into out: inout Output) -> [Section] {
        var children: [Section] = []
        let leafLettered = node.children.filter {
            $0.children.isEmpty && !$0.isTargetHolder && ($0.match?.style == .letter || $0.match?.style == .letterNumber)
        }
        let siblingsAreTasks = leafLettered.contains { $0.hasTaskFields }
        for child in node.children {
            let childOrganisation = organisation || isOrganisationTitle(child.title?.value)
            children.append(finish(child, organisation: childOrganisation, into: &out))
            if organisation, !child.hasTaskFields, let unit = unitOfHeading(child) {
                // "1. Sở Khoa học và Công nghệ" with its duties below, or "a) Sở Tư pháp: duty…".
                // Its duties: the paragraphs under it, its lettered items ("a) Tham mưu …"), or the
                // text after its colon.
                let items = child.children.filter { !$0.hasTaskFields && [.letter, .letterNumber, .arabic, .decimal].contains($0.match?.style) }
                    .compactMap(\.title)
                var duties = (child.content + items).sorted { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
                if duties.isEmpty, let rest = unit.rest { duties = [rest] }
                for (k, duty) in duties.enumerated() {
                    out.assignments.append(Assignment(unit: unit.name, duty: duty, sectionPath: child.path,
                                                      path: "\(child.path).\(k + 1)", span: duty.span))
                }
                continue
            }
            let isTask = !child.isTargetHolder && (child.hasTaskFields || (siblingsAreTasks && leafLettered.contains { $0 === child }))
            if isTask { out.tasks.append(task(for: child, parent: node)) }
        }
        // A form or template ("Mẫu số 01") shows fields to fill in, not the document's tasks.
        let inForm = sequence(first: node, next: { $0.parent }).contains { $0.match?.style == .form }
        for t in node.headingTasks where !inForm {
            if organisation, let unit = t.lead, t.leadSource == .heading {
                out.assignments.append(Assignment(unit: unit, duty: t.title, sectionPath: t.sectionPath, path: t.path, span: t.span))
            } else {
                out.tasks.append(t)
            }
        }
        return children
    }

    static func finish(_ node: SectionNode, organisation: Bool, into out: inout Output) -> Section {
        let children = finishChildren(of: node, organisation: organisation, into: &out)
        let title = node.title ?? Located("", span: node.span)
        return Section(path: node.path, marker: node.marker!, title: title, depth: node.depth, children: children,
                       taskIndices: [], targets: node.targets, span: node.span)
    }

    /// "Tổ chức thực hiện", "Phân công nhiệm vụ", "Trách nhiệm thực hiện": the part of a plan
    /// that says which unit does what.
    static func isOrganisationTitle(_ title: String?) -> Bool {
        guard let title else { return false }
        let f = VietnameseFolding.fold(title)
        return ["to chuc thuc hien", "phan cong", "trach nhiem thuc hien", "trach nhiem cua", "trach nhiem to chuc"]
            .contains { f.hasPrefix($0) }
    }

    /// The unit a numbered heading names ("1. Sở Khoa học và Công nghệ", "a) Văn phòng Sở:
    /// chủ trì …"), with the text after its colon, if any; read when the heading is read.
    static func unitOfHeading(_ node: SectionNode) -> (name: Located<String>, rest: Located<String>?)? {
        guard let style = node.match?.style, !style.isStructural, style != .roman else { return nil }
        return node.unitHeading
    }

    static func unitHeading(_ t: MappedText, from start: Int) -> (name: Located<String>, rest: Located<String>?)? {
        let colon = t.scalars[start...].firstIndex(of: ":")
        let nameEnd = colon ?? t.count
        guard let name = t.located(start..<nameEnd, trimming: [".", ";"]), BlockRole.isUnitName(name.value) else { return nil }
        let rest = colon.flatMap { t.located(($0 + 1)..<t.count) }
        return (name, rest)
    }

    static func task(for node: SectionNode, parent: SectionNode) -> PlanTask {
        let style = node.match?.style
        let isSectionLevel = style == .roman || style == .arabic || style == .decimal
        let title: Located<String>
        if isSectionLevel, let first = node.content.first, !node.describesTasks {
            title = first
        } else {
            title = node.title ?? node.content.first ?? Located("", span: node.marker?.span ?? node.span)
        }
        func first(_ role: FieldRole) -> FieldEntry? { node.fields.first { $0.role == role } }
        var other: [String: Located<String>] = [:]
        for f in node.fields where f.role == .description || f.role == .note {
            if let v = f.value, other[f.label] == nil { other[f.label] = v }
        }
        let lead = first(.lead)
        return PlanTask(path: node.path, sectionPath: isSectionLevel ? node.path : parent.path, marker: node.marker,
                        title: title, lead: lead?.value, leadSource: lead?.value == nil ? nil : .field, leadLabel: lead?.label,
                        coordinating: first(.coordinating)?.value, product: first(.product)?.value,
                        timeline: first(.timeline)?.value, targets: node.targets, otherFields: other, span: node.span)
    }

    static func attachTaskIndices(_ sections: [Section], _ tasks: [PlanTask]) -> [Section] {
        var byPath: [String: [Int]] = [:]
        for (i, t) in tasks.enumerated() { byPath[t.sectionPath, default: []].append(i) }
        func walk(_ s: Section) -> Section {
            var s = s
            s.taskIndices = byPath[s.path] ?? []
            s.children = s.children.map(walk)
            return s
        }
        return sections.map(walk)
    }
}

extension MappedText {
    /// A throwaway mapped text for punctuation tests on a plain string.
    func prefixText(_ s: String) -> MappedText {
        var t = MappedText(file: file)
        for ch in s.unicodeScalars { t.appendMapped(ch, folded: ch, position: .init(line: 1, column: 1)) }
        return t
    }
}

extension PlanTask {
    /// Sets a field found after the task's own line (first value wins).
    mutating func set(_ role: FieldRole, _ value: Located<String>?, label: String) {
        guard let value else { return }
        switch role {
        case .lead where lead == nil: lead = value; leadSource = .field; leadLabel = label
        case .coordinating where coordinating == nil: coordinating = value
        case .product where product == nil: product = value
        case .timeline where timeline == nil: timeline = value
        case .description, .note: if otherFields[label] == nil { otherFields[label] = value }
        default: break
        }
    }
}
