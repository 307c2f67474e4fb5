import LegalReferences
import PlanModel
import Timelines

/// Turns a `SourceText` into a `Plan`: the one public entry point of the parser.
///
/// Stages: paragraphs (undoing PDF layout) → header (before the first section) → body
/// (sections, tasks, fields) → closing (recipients, signature) → timelines and legal
/// references → text quality. Every element keeps the span of its original text.
public enum PlanParser {
    /// - Parameter tables: tables the reader found itself (Word); tables in text (Markdown
    ///   pipe tables, web copies) are found here.
    public static func parse(_ source: SourceText, tables: [TextTable] = []) -> Plan {
        let tableTasks = TableTasks.extract(source, extraTables: tables)
        let built = BlockBuilder.build(tableTasks.remainingSource)
        let blocks = built.blocks
        let closingStart = ClosingParser.start(in: blocks)
        let bodyEnd = closingStart ?? blocks.count
        // The body starts at the first part or area heading; a fragment with only lettered
        // items or labelled fields starts at the first of those.
        let firstSection = blocks[..<bodyEnd].firstIndex { b in
            guard let m = MarkerScanner.numbering(b.text, at: MarkerScanner.contentStart(b.text)) else { return false }
            return m.style == .roman || m.style == .capital || m.style == .arabic || m.style == .decimal || (m.style.isStructural && m.style != .form)
        } ?? blocks[..<bodyEnd].firstIndex { b in
            switch BlockRole.classify(b.text) {
            case .marker, .field, .unitHeading: return true
            default: return false
            }
        } ?? bodyEnd
        let header = HeaderParser.parse(blocks[..<firstSection], source: tableTasks.remainingSource, tables: tables)
        var structure = StructureBuilder.build(blocks[firstSection..<bodyEnd], file: source.file.path)
        var closing: ClosingParser.Result?
        if let c = closingStart { closing = ClosingParser.parse(blocks, from: c, source: tableTasks.remainingSource, tables: tables) }
        // What follows the signature: the plan a Quyết định issues, appendices, forms.
        var parts: [AttachedPart] = []
        if let end = closing?.end, end < blocks.count {
            let attached = AttachedParts.read(blocks[end...], file: source.file.path)
            structure.sections += attached.structure.sections
            structure.tasks += attached.structure.tasks
            structure.assignments += attached.structure.assignments
            parts = attached.parts
        }
        if !tableTasks.rows.isEmpty {
            let placed = TableTasks.place(tableTasks, in: structure.sections)
            structure.tasks.append(contentsOf: placed.tasks)
            structure.sections = placed.sections
        }
        structure.tasks.sort { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
        structure.sections = StructureBuilder.attachTaskIndices(structure.sections, structure.tasks)

        var year = header.year
        if year == nil {
            // "II. NHIỆM VỤ CHỦ YẾU NĂM 2023" when the title is missing.
            year = structure.sections.lazy.compactMap { HeaderParser.year(in: $0.title) }.first
        }
        for i in structure.tasks.indices {
            if let tl = structure.tasks[i].timeline { structure.tasks[i].timelineValue = TimelineParser.parse(tl.value, planYear: year) }
        }
        var references: [LegalReference] = []
        for b in blocks {
            // The plan's own "Số: 98/KH-BDT" is not a citation.
            if HeaderPatterns.numberLine(b.text, at: MarkerScanner.contentStart(b.text)) != nil { continue }
            let text = b.text
            references.append(contentsOf: LegalReferenceScanner.scan(text.string) { text.span($0) })
        }

        var plan = Plan(source: source.file, header: header.header, year: year, basis: header.basis,
                    sections: structure.sections, tasks: structure.tasks, assignments: structure.assignments,
                    parts: parts, references: references,
                    recipients: closing?.recipients, signature: closing?.signature,
                    quality: TextQualityEstimator.estimate(blocks), lineCount: source.lines.count)
        plan.horizonYear = HeaderParser.horizon(in: header.header.title)
        plan.formatting = source.formatting
        plan.legacyEncoding = source.legacyEncoding
        return plan
    }
}
