import PlanModel

/// Turns a `SourceText` into a `Plan`: the one public entry point of the parser.
///
/// Stages: paragraphs (undoing PDF layout) → header (before the first section) → body
/// (sections, tasks, fields) → closing (recipients, signature) → timelines and legal
/// references → text quality. Every element keeps the span of its original text.
public enum PlanParser {
    /// Hooks for the sub-grammars, so the parser stays usable while they evolve.
    public struct Grammars: Sendable {
        public var timeline: @Sendable (String, Int?) -> TimelineValue?
        public var references: @Sendable (MappedText) -> [LegalReference]

        public init(timeline: @escaping @Sendable (String, Int?) -> TimelineValue?,
                    references: @escaping @Sendable (MappedText) -> [LegalReference]) {
            self.timeline = timeline
            self.references = references
        }

        public static let none = Grammars(timeline: { _, _ in nil }, references: { _ in [] })
    }

    public static func parse(_ source: SourceText, grammars: Grammars = .none) -> Plan {
        let built = BlockBuilder.build(source)
        let blocks = built.blocks
        let closingStart = ClosingParser.start(in: blocks)
        let bodyEnd = closingStart ?? blocks.count
        // The body starts at the first part or area heading; a fragment with only lettered
        // items or labelled fields starts at the first of those.
        let firstSection = blocks[..<bodyEnd].firstIndex { b in
            guard let m = MarkerScanner.numbering(b.text, at: MarkerScanner.contentStart(b.text)) else { return false }
            return m.style == .roman || m.style == .arabic || m.style == .decimal
        } ?? blocks[..<bodyEnd].firstIndex { b in
            switch BlockRole.classify(b.text) {
            case .marker, .field, .unitHeading: return true
            default: return false
            }
        } ?? bodyEnd
        let header = HeaderParser.parse(blocks[..<firstSection])
        var structure = StructureBuilder.build(blocks[firstSection..<bodyEnd], file: source.file.path)
        var closing: ClosingParser.Result?
        if let c = closingStart { closing = ClosingParser.parse(blocks, from: c) }

        var year = header.year
        if year == nil {
            // "II. NHIỆM VỤ CHỦ YẾU NĂM 2023" when the title is missing.
            year = structure.sections.lazy.compactMap { HeaderParser.year(in: $0.title) }.first
        }
        for i in structure.tasks.indices {
            if let tl = structure.tasks[i].timeline { structure.tasks[i].timelineValue = grammars.timeline(tl.value, year) }
        }
        var references: [LegalReference] = []
        for b in blocks { references.append(contentsOf: grammars.references(b.text)) }

        return Plan(source: source.file, header: header.header, year: year, basis: header.basis,
                    sections: structure.sections, tasks: structure.tasks, references: references,
                    recipients: closing?.recipients, signature: closing?.signature,
                    quality: TextQualityEstimator.estimate(blocks), lineCount: source.lines.count)
    }

    /// The paragraphs the parser works on (for tools and tests that need them).
    public static func paragraphs(_ source: SourceText) -> [TextBlock] {
        BlockBuilder.build(source).blocks
    }
}
