import PlanModel
import VietnameseText

/// Records how each body paragraph and run of `word/document.xml` looks, and each
/// section's page setup, while `DocxBodyParser` reads the text from the same events.
///
/// The body parser decides which paragraphs become lines (deleted rows vanish, a deleted
/// paragraph mark joins two paragraphs) and tells the collector each line's number
/// through `emitted(line:prefix:)`; the collector follows the same tracked-change rules
/// for what it counts, so a run's columns are columns of that line.
final class DocxFormattingCollector: XMLEventHandler {
    struct SectionReference: Hashable {
        var isHeader: Bool
        var type: PageNumberField.Pages
        var relationshipID: String
    }

    struct Section {
        var setup: PageSetup
        var references: [SectionReference]
    }

    private let file: String
    let styles: WordStyleSheet
    private let theme: WordTheme
    private(set) var paragraphs: [ParagraphFormat] = []
    private(set) var sections: [Section] = []
    private(set) var legacyRuns: [(LegacyEncoding, SourceSpan)] = []
    /// One span (the paragraph's) per comment reference, in order.
    private(set) var comments: [SourceSpan] = []

    private var stack: [String] = []
    private var skipDepth = 0

    private struct PendingSection {
        var width: Int?, height: Int?, landscape = false
        var top: Int?, bottom: Int?, left: Int?, right: Int?
        var titlePage = false
        var references: [SectionReference] = []
    }

    private struct Run {
        var style: String?
        var direct = WordRunProperties()
        var hidden = false
        var length = 0
        var visible = false
        var column = 0
    }

    private struct Paragraph {
        var style: String?
        var direct = WordParagraphProperties()
        var markDeleted = false
        var length = 0
        var runs: [(WordRunProperties, start: Int, length: Int, visible: Bool)] = []
        var section: PendingSection?
        var inTable = false
        var hasDrawing = false
        var comments = 0
    }

    private var paragraph: Paragraph?
    /// The paragraph and run that anchor each open text box.
    private var anchors: [(Paragraph?, Run?)] = []
    private var pending: [Paragraph] = []
    private var run: Run?
    private var section: PendingSection?
    private var deletedRows: [Bool] = []
    private var sectionStart: Int?
    private var lastLine: Int?
    private var inText = false

    init(file: String, styles: WordStyleSheet, theme: WordTheme) {
        self.file = file
        self.styles = styles
        self.theme = theme
    }

    private func ancestor(_ level: Int) -> String? {
        let i = stack.count - 1 - level
        return i >= 0 ? stack[i] : nil
    }

    func start(_ name: XMLName, attributes: XMLAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
        let isWord = DocxNamespace.isWordprocessing(name.namespace)
        stack.append(isWord ? name.local : "")
        if name.namespace == DocxNamespace.markupCompatibility {
            if name.local == "Fallback" { skipDepth = 1 }
            return
        }
        guard isWord else { return }
        let parent = ancestor(1)
        if name.local == "sectPr" {
            section = PendingSection()
            return
        }
        if stack.dropLast().contains("sectPr") {
            readSection(name.local, attributes)
            return
        }
        switch name.local {
        case "p": paragraph = Paragraph(inTable: !deletedRows.isEmpty)
        case "pStyle": if parent == "pPr" { paragraph?.style = attributes["val"] }
        case "tr": if !deletedRows.isEmpty { deletedRows[deletedRows.count - 1] = false }
        case "tbl": deletedRows.append(false)
        case "del", "moveFrom":
            if parent == "rPr", ancestor(2) == "pPr" {
                paragraph?.markDeleted = true
            } else if parent == "trPr" {
                if !deletedRows.isEmpty { deletedRows[deletedRows.count - 1] = true }
            } else if parent != "rPr" {
                skipDepth = 1
            }
        case "r": if parent != "rPr" { run = Run() }
        case "rStyle": if parent == "rPr" { run?.style = attributes["val"] }
        case "vanish": if parent == "rPr", ancestor(2) == "r" { run?.hidden = DocxNamespace.isOn(attributes["val"]) }
        case "t": if parent == "r" { inText = true }
        case "tab", "ptab", "br", "cr", "noBreakHyphen", "sym": if parent == "r" { count(1, visible: name.local == "sym") }
        case "commentReference": paragraph?.comments += 1
        case "drawing", "pict":
            // Read on: a text box inside holds paragraphs the body parser makes lines of.
            paragraph?.hasDrawing = true
        case "object":
            paragraph?.hasDrawing = true
            skipDepth = 1
        case "txbxContent":
            anchors.append((paragraph, run))
            paragraph = nil
            run = nil
        case "pPrChange", "rPrChange", "tblPr", "tblGrid", "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange",
             "numberingChange", "sdtPr", "sdtEndPr", "instrText", "delText", "delInstrText",
             "rt", "fldData", "tabs", "numPr":
            skipDepth = 1
        default:
            if parent == "rPr", ancestor(2) == "r" {
                run?.direct.read(name.local, attributes)
            } else if stack.contains("pPr"), !stack.contains("rPr") {
                paragraph?.direct.read(name.local, attributes)
            }
        }
    }

    private func readSection(_ local: String, _ attributes: XMLAttributes) {
        switch local {
        case "pgSz":
            section?.width = WordMeasure.integer(attributes["w"], in: 1...100_000)
            section?.height = WordMeasure.integer(attributes["h"], in: 1...100_000)
            section?.landscape = attributes["orient"] == "landscape"
        case "pgMar":
            section?.top = WordMeasure.integer(attributes["top"], in: -100_000...100_000).map(abs)
            section?.bottom = WordMeasure.integer(attributes["bottom"], in: -100_000...100_000).map(abs)
            section?.left = WordMeasure.integer(attributes["left"], in: 0...100_000)
            section?.right = WordMeasure.integer(attributes["right"], in: 0...100_000)
        case "titlePg": section?.titlePage = DocxNamespace.isOn(attributes["val"])
        case "headerReference", "footerReference":
            let type: PageNumberField.Pages = attributes["type"] == "first" ? .first : attributes["type"] == "even" ? .even : .default
            if let id = attributes["id"] {
                section?.references.append(SectionReference(isHeader: local == "headerReference", type: type, relationshipID: id))
            }
        case "sectPrChange": skipDepth = 1
        default: break
        }
    }

    func end(_ name: XMLName) {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 { stack.removeLast() }
            return
        }
        guard let local = stack.popLast(), !local.isEmpty else { return }
        switch local {
        case "t": inText = false
        case "r":
            if let r = run, var p = paragraph, !stack.contains("rPr") {
                p.runs.append((resolvedRun(r, paragraphStyle: p.style), start: r.column, length: r.length, visible: r.visible))
                paragraph = p
            }
            run = nil
        case "sectPr":
            if stack.last == "pPr" { paragraph?.section = section } else if stack.last == "body" { finishSection(section) }
            section = nil
        case "p":
            if let p = paragraph, !(deletedRows.last ?? false) { pending.append(p) }
            paragraph = nil
        case "tbl": _ = deletedRows.popLast()
        case "txbxContent":
            if let (p, r) = anchors.popLast() { (paragraph, run) = (p, r) }
        default: break
        }
    }

    func text(_ text: String) {
        guard inText, skipDepth == 0 else { return }
        count(DocxBodyParser.singleLine(text).count, visible: text.contains { !$0.isWhitespace })
    }

    private func count(_ n: Int, visible: Bool) {
        guard var r = run, !r.hidden, paragraph != nil else { return }
        if r.length == 0 { r.column = paragraph!.length }
        r.length += n
        r.visible = r.visible || visible
        run = r
        paragraph!.length += n
    }

    private func resolvedRun(_ r: Run, paragraphStyle: String?) -> WordRunProperties {
        var props = styles.resolved(paragraphStyle).1
        if let s = r.style { props = props.overlaid(by: styles.characterStyle(s)) }
        props = props.overlaid(by: r.direct)
        if props.font == nil, let t = props.themeFont { props.font = theme.font(t) }
        return props
    }

    /// Called by the body parser when it makes the pending paragraph(s) line `line`.
    func emitted(line: Int, prefix: String, text: String) {
        let joined = pending
        pending = []
        guard let last = joined.last else { return }
        var offset = 0
        var runs: [RunFormat] = []
        var sectionOfLine: PendingSection?
        for p in joined {
            for r in p.runs where r.length > 0 {
                let span = SourceSpan(file: file, start: .init(line: line, column: offset + r.start + 1),
                                      end: .init(line: line, column: offset + r.start + r.length + 1))
                let legacy = r.0.font.flatMap(LegacyCharset.of(font:)).map(LegacyEncoding.init)
                runs.append(RunFormat(span: span, font: r.0.font, halfPoints: r.0.halfPoints, bold: r.0.bold ?? false,
                                      italic: r.0.italic ?? false, caps: r.0.caps ?? false, color: r.0.color,
                                      hasVisibleText: r.visible, legacyEncoding: r.visible ? legacy : nil))
                if let legacy, r.visible { legacyRuns.append((legacy, span)) }
            }
            offset += p.length
            if let s = p.section { sectionOfLine = s }
        }
        let props = styles.resolved(last.style).0.overlaid(by: last.direct)
        let span = SourceSpan(file: file, start: .init(line: line, column: 1), end: .init(line: line, column: offset + 1),
                              logical: LogicalLocation(paragraph: line))
        paragraphs.append(ParagraphFormat(
            line: line, span: span, style: last.style ?? styles.defaultParagraphStyle, styleName: styles.name(of: last.style),
            alignment: props.alignment, firstLineIndent: props.firstLine, hangingIndent: props.hanging, leftIndent: props.left,
            spacingBefore: props.before, spacingAfter: props.after, lineSpacing: props.lineSpacing,
            isNumbered: !prefix.isEmpty, inTable: last.inTable, hasBottomBorder: props.bottomBorder ?? false,
            hasDrawing: joined.contains { $0.hasDrawing }, hasTypedRule: ParagraphFormat.holdsTypedRule(text), runs: runs))
        comments += Array(repeating: span, count: joined.reduce(0) { $0 + $1.comments })
        if sectionStart == nil { sectionStart = line }
        lastLine = line
        if let s = sectionOfLine { finishSection(s) }
    }

    private func finishSection(_ s: PendingSection?) {
        guard let s else { return }
        let first = sectionStart ?? (lastLine.map { $0 + 1 } ?? 1)
        let last = max(first, lastLine ?? first)
        let span = SourceSpan(file: file, start: .init(line: first, column: 1), end: .init(line: first, column: 1),
                              logical: LogicalLocation(paragraph: first))
        let landscape = s.landscape || (s.width ?? 0) > (s.height ?? Int.max)
        let setup = PageSetup(index: sections.count + 1, lines: first...last, span: span, pageWidth: s.width,
                              pageHeight: s.height, isLandscape: landscape, marginTop: s.top, marginBottom: s.bottom,
                              marginLeft: s.left, marginRight: s.right, differentFirstPage: s.titlePage)
        sections.append(Section(setup: setup, references: s.references))
        sectionStart = nil
    }
}
