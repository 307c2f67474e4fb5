import Foundation
import PlanModel

/// Finds page-number fields (`PAGE`, as a simple field or a complex field's instruction)
/// in one header or footer part, with the alignment and size of their paragraph.
final class WordPageNumberScanner: XMLEventHandler {
    struct Found {
        var alignment: ParagraphFormat.Alignment?
        var halfPoints: Int?
    }

    private let styles: WordStyleSheet
    private(set) var found: [Found] = []
    private var stack: [String] = []
    private var style: String?
    private var direct = WordParagraphProperties()
    private var runSize: Int?
    private var hasPage = false
    private var instruction = ""
    private var inInstruction = false

    init(styles: WordStyleSheet) { self.styles = styles }

    static func scan(_ data: Data, part: String, file: String, limits: DocxLimits, styles: WordStyleSheet)
        throws(PlanReadError) -> [Found] {
        let scanner = WordPageNumberScanner(styles: styles)
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: scanner)
        return scanner.found
    }

    /// "PAGE" as a field name, not NUMPAGES or SECTIONPAGES.
    static func isPageField(_ instruction: String) -> Bool {
        instruction.split(whereSeparator: { $0 == " " || $0 == "\\" || $0 == "\t" }).first?.uppercased() == "PAGE"
    }

    func start(_ name: XMLName, attributes: XMLAttributes) {
        guard DocxNamespace.isWordprocessing(name.namespace) else { stack.append(""); return }
        let parent = stack.last
        stack.append(name.local)
        switch name.local {
        case "p":
            style = nil; direct = WordParagraphProperties(); runSize = nil; hasPage = false
        case "pStyle": if parent == "pPr" { style = attributes["val"] }
        case "fldSimple": if Self.isPageField(attributes["instr"] ?? "") { hasPage = true }
        case "instrText": inInstruction = true; instruction = ""
        case "sz": if parent == "rPr", runSize == nil { runSize = WordMeasure.integer(attributes["val"], in: 1...3276) }
        default:
            if stack.contains("pPr"), !stack.contains("rPr") { direct.read(name.local, attributes) }
        }
    }

    func end(_ name: XMLName) {
        let local = stack.popLast() ?? ""
        switch local {
        case "instrText":
            inInstruction = false
            if Self.isPageField(instruction.trimmingCharacters(in: .whitespaces)) { hasPage = true }
        case "p":
            if hasPage {
                let (p, r) = styles.resolved(style)
                found.append(Found(alignment: p.overlaid(by: direct).alignment, halfPoints: runSize ?? r.halfPoints))
            }
        default: break
        }
    }

    func text(_ text: String) {
        if inInstruction, instruction.utf8.count < 200 { instruction += text }
    }
}
