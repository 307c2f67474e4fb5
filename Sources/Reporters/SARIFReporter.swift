import PlanModel

/// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, IDE SARIF viewers).
///
/// Columns: the run declares `columnKind: "unicodeCodePoints"`, and every column is
/// converted from planlint's grapheme columns using the original line quoted in
/// `FileReport.excerpts`: the code-point column is one plus the number of Unicode scalars
/// in the graphemes before the position (an NFD "ệ" counts three). When the line is not
/// quoted the column cannot be converted, so it is left out and the region widens to the
/// whole line (SARIF's defaults) instead of pointing at a guessed character.
///
/// Paths under `ReportOptions.baseDirectory`, and relative paths, become relative URIs
/// with `uriBaseId: "%SRCROOT%"`. A finding about the whole file is anchored at line 1,
/// because GitHub code scanning rejects results without `region.startLine`, and is
/// marked `properties.wholeFile`. `partialFingerprints["planlint/v1"]` is a hash of rule,
/// file and normalised evidence (see `Fingerprint`), independent of line numbers.
public enum SARIFReporter: Reporter {
    /// Selected with `--format sarif`.
    public static let identifier = "sarif"

    /// The schema the output validates against (OASIS SARIF 2.1.0, errata 01).
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The key under which planlint's own fingerprints appear.
    public static let fingerprintKey = "planlint/v1"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        var rules = report.rules.map { ruleDescriptor(for: $0, words: words) }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in report.rules.enumerated() where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = index
        }
        var results: [Result] = []
        for fileReport in report.files {
            let findings = FindingOrder.sorted(fileReport.findings)
            let displayPath = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
            let fingerprints = Fingerprint.assign(findings, path: displayPath)
            for (finding, fingerprint) in zip(findings, fingerprints) {
                if ruleIndex[finding.ruleId] == nil {
                    // A finding whose rule metadata was not passed in (an internal
                    // diagnostic): describe it minimally so `ruleIndex` stays valid.
                    ruleIndex[finding.ruleId] = rules.count
                    rules.append(minimalDescriptor(for: finding))
                }
                results.append(result(for: finding, ruleIndex: ruleIndex[finding.ruleId]!, fingerprint: fingerprint,
                                      excerpts: fileReport.excerpts, options: options, words: words))
            }
        }
        var baseIds: [String: ArtifactLocation]?
        if let base = options.baseDirectory, base.hasPrefix("/") {
            let directory = base.hasSuffix("/") ? base : base + "/"
            baseIds = ["%SRCROOT%": ArtifactLocation(uri: "file://" + URIEncoding.path(directory), uriBaseId: nil)]
        }
        let run = Run(
            tool: Tool(driver: Driver(name: "planlint", version: report.toolVersion,
                                      informationUri: options.informationURI, rules: rules)),
            columnKind: "unicodeCodePoints",
            language: words.english ? "en" : "vi",
            originalUriBaseIds: baseIds,
            results: results)
        return JSONOutput.encode(Log(schema: schemaURI, version: "2.1.0", runs: [run]))
    }

    // MARK: - Rules

    private static func ruleDescriptor(for rule: RuleDescriptor, words: ReportVocabulary) -> ReportingDescriptor {
        let title = words.english ? rule.titleEn : rule.title
        var help = title + "\n\n" + rule.description
        if let uri = rule.helpURI { help += "\n\n" + (words.english ? "More: " : "Xem thêm: ") + uri }
        return ReportingDescriptor(
            id: rule.id,
            name: pascalCaseName(rule.id),
            shortDescription: Message(text: title),
            fullDescription: Message(text: rule.description.isEmpty ? title : rule.description),
            help: Message(text: help),
            helpUri: rule.helpURI,
            defaultConfiguration: Configuration(level: level(rule.defaultSeverity)),
            properties: RuleProperties(pack: rule.pack.isEmpty ? nil : rule.pack,
                                       tags: rule.pack.isEmpty ? nil : [rule.pack]))
    }

    private static func minimalDescriptor(for finding: Finding) -> ReportingDescriptor {
        ReportingDescriptor(
            id: finding.ruleId, name: pascalCaseName(finding.ruleId),
            shortDescription: Message(text: finding.ruleId), fullDescription: nil, help: nil, helpUri: nil,
            defaultConfiguration: Configuration(level: level(finding.severity)), properties: nil)
    }

    /// "task.lead-unit.missing" → "TaskLeadUnitMissing", the identifier-like `name` SARIF suggests.
    static func pascalCaseName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    // MARK: - Results

    private static func result(for finding: Finding, ruleIndex: Int, fingerprint: String, excerpts: [Int: String],
                               options: ReportOptions, words: ReportVocabulary) -> Result {
        let path = DisplayPath.relative(finding.file, to: options.baseDirectory)
        let artifact: ArtifactLocation
        if path.hasPrefix("/") {
            artifact = ArtifactLocation(uri: "file://" + URIEncoding.path(path), uriBaseId: nil)
        } else {
            let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            artifact = ArtifactLocation(uri: URIEncoding.path(relative), uriBaseId: "%SRCROOT%")
        }
        var logicalLocations: [LogicalLocationDTO] = []
        if let taskPath = finding.path {
            logicalLocations.append(LogicalLocationDTO(name: taskPath, fullyQualifiedName: taskPath, kind: "task"))
        }
        if let logical = finding.span?.logical, let name = words.logical(logical) {
            logicalLocations.append(LogicalLocationDTO(name: name, fullyQualifiedName: wordPath(logical), kind: "element"))
        }
        var text = finding.message
        if let suggestion = finding.suggestion { text += "\n" + words.suggestionTitle + ": " + suggestion }
        return Result(
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex,
            level: level(finding.severity),
            message: Message(text: text),
            locations: [Location(
                physicalLocation: PhysicalLocation(artifactLocation: artifact,
                                                   region: region(for: finding.span, excerpts: excerpts)),
                logicalLocations: logicalLocations.isEmpty ? nil : logicalLocations)],
            partialFingerprints: [fingerprintKey: fingerprint],
            properties: ResultProperties(
                path: finding.path, evidence: finding.evidence, suggestion: finding.suggestion,
                wholeFile: finding.span == nil ? true : nil))
    }

    /// The region in code-point columns; see the type documentation for the conversion.
    private static func region(for span: SourceSpan?, excerpts: [Int: String]) -> Region {
        guard let span else {
            return Region(startLine: 1, startColumn: nil, endLine: nil, endColumn: nil, snippet: nil)
        }
        let startLine = excerpts[span.start.line].map(ExcerptLine.init)
        let endLine = excerpts[span.end.line].map(ExcerptLine.init)
        var snippet: Message?
        if span.start.line == span.end.line, let startLine {
            let marked = startLine.split(start: span.start.column, end: span.end.column).marked
            if !marked.isEmpty { snippet = Message(text: String(marked)) }
        }
        let startColumn = startLine?.codePointColumn(forGraphemeColumn: span.start.column)
        var endColumn = endLine?.codePointColumn(forGraphemeColumn: span.end.column)
        if span.end.line <= span.start.line, let start = startColumn, let end = endColumn, end < start {
            endColumn = start // A reversed span becomes an insertion point rather than an invalid region.
        }
        return Region(
            startLine: span.start.line,
            startColumn: startColumn,
            endLine: max(span.end.line, span.start.line),
            endColumn: endColumn,
            snippet: snippet)
    }

    /// A structural path for a Word location: "table[1]/row[4]/column[5]" or "paragraph[23]".
    private static func wordPath(_ location: LogicalLocation) -> String {
        var parts: [String] = []
        if let table = location.table {
            parts.append("table[\(table)]")
            if let row = location.row { parts.append("row[\(row)]") }
            if let column = location.column { parts.append("column[\(column)]") }
        } else if let paragraph = location.paragraph {
            parts.append("paragraph[\(paragraph)]")
        }
        return parts.joined(separator: "/")
    }
}
