import PlanModel

/// The public JSON/YAML contract of `planlint extract` (version 1), kept apart from the
/// model so that refactoring the model cannot silently change what users' scripts read.
/// Lines and columns are 1-based; columns count characters of the original line.
public struct ExtractDocument: Codable, Sendable {
    public struct Position: Codable, Sendable { public var line: Int; public var column: Int }

    public struct Text: Codable, Sendable {
        public var text: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        /// Word location, when the source is a .docx.
        public var paragraph: Int?
        public var table: Int?
        public var row: Int?
        public var cell: Int?

        init(_ l: Located<String>) {
            text = l.value
            line = l.span.start.line
            column = l.span.start.column
            endLine = l.span.end.line
            endColumn = l.span.end.column
            paragraph = l.span.logical?.paragraph
            table = l.span.logical?.table
            row = l.span.logical?.row
            cell = l.span.logical?.column
        }
    }

    public struct Header: Codable, Sendable {
        public var parentIssuer: Text?
        public var issuer: Text?
        /// Document number; "" when "Số:" is present but left blank (a draft), null when absent.
        public var number: String?
        public var symbol: String?
        public var numberLine: Text?
        public var place: String?
        /// ISO date, null when absent or blank.
        public var date: String?
        public var dateLine: Text?
        public var dateBlank: Bool
        public var documentType: String?
        /// The type the header shows, as its rule-file identifier ("quyet-dinh", "cong-van").
        public var documentKind: String?
        /// The type's code of NĐ 30 Phụ lục III ("QĐ"); null for a công văn.
        public var typeCode: String?
        public var title: Text?
        public var year: Int?
    }

    public struct Timeline: Codable, Sendable {
        public var text: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        /// The normalised meaning (kind, periods…), when the grammar ran.
        public var value: TimelineMeaning?
    }

    /// A timeline's meaning with dates as ISO strings.
    public struct TimelineMeaning: Codable, Sendable {
        public struct Period: Codable, Sendable {
            public var start: String?
            public var end: String
            public var text: String
        }
        public var kind: String
        public var periods: [Period]
        public var recurrence: String?
        public var condition: String?
        public var explicitYears: [Int]
        public var refersToNextYear: Bool
        /// The latest date named, ISO.
        public var due: String?

        init(_ v: TimelineValue) {
            kind = v.kind.rawValue
            periods = v.periods.map { Period(start: $0.start?.iso, end: $0.end.iso, text: $0.text) }
            recurrence = v.recurrence?.rawValue
            condition = v.condition
            explicitYears = v.explicitYears
            refersToNextYear = v.refersToNextYear
            due = v.latestEnd?.iso
        }

        enum CodingKeys: String, CodingKey { case kind, periods, recurrence, condition, explicitYears, refersToNextYear, due }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(periods, forKey: .periods)
            try c.encode(recurrence, forKey: .recurrence)
            try c.encode(condition, forKey: .condition)
            try c.encode(explicitYears, forKey: .explicitYears)
            try c.encode(refersToNextYear, forKey: .refersToNextYear)
            try c.encode(due, forKey: .due)
        }
    }

    public struct Target: Codable, Sendable {
        public var text: Text
        public var points: Double?
        public var maxPoints: Double?
    }

    public struct Task: Codable, Sendable {
        public var path: String
        public var sectionPath: String
        public var title: String
        public var line: Int
        public var column: Int
        public var lead: Text?
        /// "field" (a labelled line) or "heading" (the unit heading the task is listed under).
        public var leadSource: String?
        public var leadLabel: String?
        public var coordinating: Text?
        public var product: Text?
        public var timeline: Timeline?
        public var targets: [Target]
        public var otherFields: [String: Text]
    }

    public struct Section: Codable, Sendable {
        public var path: String
        public var marker: String
        public var style: String
        public var title: String
        public var line: Int
        public var column: Int
        public var targets: [Target]
        public var tasks: [String]
        public var children: [Section]
    }

    public struct Reference: Codable, Sendable {
        public var text: String
        public var line: Int
        public var column: Int
        public var typeWord: String?
        public var number: String
        public var yearSegment: Int?
        public var typeCode: String?
        public var issuerCode: String?
        public var shape: String
        public var symbol: String
        public var date: String?
        public var dateValid: Bool?
        public var issuer: String?
    }

    public struct Recipients: Codable, Sendable {
        public var entries: [Text]
        public var archive: Text?
    }

    public struct Signature: Codable, Sendable {
        public var authority: Text?
        public var title: Text?
        public var name: Text?
    }

    public struct Quality: Codable, Sendable {
        public var words: Int
        public var validSyllableRatio: Double
        public var diacriticRatio: Double
    }

    public struct PlanBody: Codable, Sendable {
        public var header: Header
        public var year: Int?
        public var basis: [Text]
        public var sections: [Section]
        public var tasks: [Task]
        public var references: [Reference]
        public var recipients: Recipients?
        public var signature: Signature?
        public var quality: Quality
        /// Word files only.
        public var formatting: Formatting? = nil
    }

    public var version: Int
    public var file: String
    public var format: String
    public var plan: PlanBody

    public init(_ p: Plan) {
        version = 1
        file = p.source.path
        format = p.source.kind.rawValue
        let h = p.header
        let header = Header(parentIssuer: h.parentIssuer.map(Text.init), issuer: h.issuer.map(Text.init),
                            number: h.number?.value, symbol: h.symbol?.value, numberLine: h.numberLine.map(Text.init),
                            place: h.place?.value, date: h.date?.value.iso, dateLine: h.dateLine.map(Text.init),
                            dateBlank: h.dateIsBlank, documentType: h.documentType?.value,
                            documentKind: h.kind?.id, typeCode: h.kind?.code, title: h.title.map(Text.init),
                            year: p.year)
        func target(_ t: PlanModel.Target) -> Target { Target(text: Text(t.text), points: t.points, maxPoints: t.maxPoints) }
        let tasks = p.tasks.map { t in
            Task(path: t.path, sectionPath: t.sectionPath, title: t.title.value, line: t.title.span.start.line,
                 column: t.title.span.start.column, lead: t.lead.map(Text.init), leadSource: t.leadSource?.rawValue,
                 leadLabel: t.leadLabel, coordinating: t.coordinating.map(Text.init), product: t.product.map(Text.init),
                 timeline: t.timeline.map { tl in
                     Timeline(text: tl.value, line: tl.span.start.line, column: tl.span.start.column,
                              endLine: tl.span.end.line, endColumn: tl.span.end.column, value: t.timelineValue.map(TimelineMeaning.init))
                 },
                 targets: t.targets.map(target), otherFields: t.otherFields.mapValues(Text.init))
        }
        func section(_ s: PlanModel.Section) -> Section {
            Section(path: s.path, marker: s.marker.text, style: s.marker.style.rawValue, title: s.title.value,
                    line: s.span.start.line, column: s.span.start.column, targets: s.targets.map(target),
                    tasks: s.taskIndices.map { p.tasks[$0].path }, children: s.children.map(section))
        }
        let refs = p.references.map { r in
            Reference(text: r.text, line: r.span.start.line, column: r.span.start.column, typeWord: r.typeWord,
                      number: r.number, yearSegment: r.yearSegment, typeCode: r.typeCode, issuerCode: r.issuerCode,
                      shape: r.shape.rawValue, symbol: r.symbol, date: r.date?.iso, dateValid: r.date?.isValid,
                      issuer: r.issuerText)
        }
        plan = PlanBody(header: header, year: p.year, basis: p.basis.map(Text.init), sections: p.sections.map(section),
                        tasks: tasks, references: refs,
                        recipients: p.recipients.map { Recipients(entries: $0.entries.map(Text.init), archive: $0.archive.map(Text.init)) },
                        signature: p.signature.map { Signature(authority: $0.authority.map(Text.init), title: $0.title.map(Text.init), name: $0.name.map(Text.init)) },
                        quality: Quality(words: p.quality.words, validSyllableRatio: (p.quality.validSyllableRatio * 1000).rounded() / 1000,
                                         diacriticRatio: (p.quality.diacriticRatio * 1000).rounded() / 1000))
        plan.formatting = p.formatting.map { Formatting($0, legacy: p.legacyEncoding) }
    }
}
