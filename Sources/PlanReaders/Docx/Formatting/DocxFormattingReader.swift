import Foundation
import PlanModel
import VietnameseText

/// Reads the presentation facts of a `.docx` alongside its text: styles and theme before
/// the body, page numbers from the headers and footers after it, and converts runs set in
/// TCVN3 or VNI fonts to Unicode in the lines.
enum DocxFormattingReader {
    /// The collector to run over the body, given the styles and theme of the package.
    static func collector(package: inout DocxPackage, stylesPart: String, mainPart: String, file: String,
                          limits: DocxLimits) throws(PlanReadError) -> DocxFormattingCollector {
        var sheet = WordStyleSheet()
        if let data = try package.read(stylesPart) {
            sheet = try WordStyleSheet.parse(data, part: stylesPart, file: file, limits: limits)
        }
        var theme = WordTheme()
        let themePart = DocxRelationships.resolve("theme/theme1.xml", from: mainPart)
        if let data = try package.read(themePart) {
            theme = try WordTheme.parse(data, part: themePart, file: file, limits: limits)
        }
        return DocxFormattingCollector(file: file, styles: sheet, theme: theme)
    }

    /// Assembles the facts once the body is read; converts legacy-encoded runs in `lines`.
    static func finish(_ collector: DocxFormattingCollector, package: inout DocxPackage, mainPart: String, file: String,
                       limits: DocxLimits, lines: inout [SourceLine]) throws(PlanReadError)
        -> (DocumentFormatting, LegacyEncodingUse?) {
        var ids: [String: String] = [:]
        let relsPart = DocxRelationships.relsPart(for: mainPart)
        if let data = try package.read(relsPart) {
            ids = try WordRelationshipIDs.parse(data, part: relsPart, file: file, limits: limits, source: mainPart)
        }
        var pageNumbers: [PageNumberField] = []
        var scanned: [String: [WordPageNumberScanner.Found]] = [:]
        // Word inherits a section's missing header or footer from the previous section.
        var inherited: [String: String] = [:]
        for section in collector.sections {
            var refs: [String: String] = inherited
            for ref in section.references {
                refs["\(ref.isHeader ? "h" : "f")-\(ref.type.rawValue)"] = ids[ref.relationshipID]
            }
            inherited = refs
            for (key, part) in refs.sorted(by: { $0.key < $1.key }) {
                let isHeader = key.hasPrefix("h")
                let pages = PageNumberField.Pages(rawValue: String(key.dropFirst(2))) ?? .default
                // A first-page header is only shown when the section asks for one.
                if pages == .first && !section.setup.differentFirstPage { continue }
                if scanned[part] == nil {
                    scanned[part] = try package.read(part).map { data throws(PlanReadError) in
                        try WordPageNumberScanner.scan(data, part: part, file: file, limits: limits, styles: collector.styles)
                    } ?? []
                }
                for found in scanned[part] ?? [] {
                    pageNumbers.append(PageNumberField(section: section.setup.index, placement: isHeader ? .header : .footer,
                                                       pages: pages, alignment: found.alignment, halfPoints: found.halfPoints,
                                                       part: part))
                }
            }
        }
        var paragraphs = collector.paragraphs
        let legacy = convertLegacyRuns(&paragraphs, lines: &lines)
        let formatting = DocumentFormatting(sections: collector.sections.map(\.setup), paragraphs: paragraphs,
                                            pageNumbers: pageNumbers, comments: collector.comments)
        return (formatting, legacy)
    }

    /// Replaces the text of every run set in a TCVN3 or VNI font by its Unicode form; VNI
    /// letters shrink (base + mark codes → one letter), so later runs of the paragraph move left.
    static func convertLegacyRuns(_ paragraphs: inout [ParagraphFormat], lines: inout [SourceLine]) -> LegacyEncodingUse? {
        var first: (LegacyEncoding, SourceSpan)?
        var count = 0
        var lineIndex: [Int: Int] = [:]
        for (i, l) in lines.enumerated() { lineIndex[l.number] = i }
        for p in paragraphs.indices where paragraphs[p].runs.contains(where: { $0.legacyEncoding != nil }) {
            guard let li = lineIndex[paragraphs[p].line] else { continue }
            var chars = Array(lines[li].text)
            var shift = 0
            for r in paragraphs[p].runs.indices {
                var run = paragraphs[p].runs[r]
                let start = run.span.start.column - 1 - shift, end = run.span.end.column - 1 - shift
                run.span.start.column -= shift
                run.span.end.column -= shift
                if let encoding = run.legacyEncoding, start >= 0, end <= chars.count, start < end {
                    let original = String(chars[start..<end])
                    let capitals = run.font.map(LegacyCharset.isCapitalsOnlyFont) ?? false
                    let converted = Array(LegacyTextConverter.convert(original, from: encoding.charset, capitals: capitals).text)
                    chars.replaceSubrange(start..<end, with: converted)
                    let delta = (end - start) - converted.count
                    shift += delta
                    run.span.end.column -= delta
                    count += 1
                    if first == nil { first = (encoding, run.span) }
                }
                paragraphs[p].runs[r] = run
            }
            paragraphs[p].span.end.column -= shift
            lines[li].text = String(chars)
        }
        guard let first else { return nil }
        return LegacyEncodingUse(encoding: first.0, span: first.1, count: count)
    }
}
