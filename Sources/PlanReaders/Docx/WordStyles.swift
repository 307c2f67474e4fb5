import Foundation
import PlanModel

/// The paragraph styles of `word/styles.xml`, as far as numbering needs them.
///
/// Headings are often numbered through their style ("Heading 1" carries a `w:numPr`)
/// rather than on each paragraph, so a paragraph's number may come from its style or
/// from a style that style is based on.
struct WordStyles {
    struct Style {
        var basedOn: String?
        var numId: String?
        var level: Int?
    }

    var styles: [String: Style] = [:]
    /// The paragraph style used when a paragraph names none.
    var defaultParagraphStyle: String?

    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits) throws(PlanReadError) -> WordStyles {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        return collector.result
    }

    /// The numbering a style gives its paragraphs, following `w:basedOn` (at most 16 steps,
    /// so a cycle cannot loop); `level` is nil when the style names no level.
    func numbering(ofStyle id: String) -> (numId: String, level: Int?)? {
        var current: String? = id
        var steps = 0
        while let name = current, steps < 16, let style = styles[name] {
            if let numId = style.numId { return (numId, style.level) }
            current = style.basedOn
            steps += 1
        }
        return nil
    }

    private final class Collector: XMLEventHandler {
        var result = WordStyles()
        private var id: String?
        private var style = Style()
        private var inParagraphProperties = false
        /// Depth of a property-change record being skipped (old formatting, not shown).
        private var skipping = 0

        func start(_ name: XMLName, attributes: XMLAttributes) {
            guard DocxNamespace.isWordprocessing(name.namespace) else { return }
            if skipping > 0 { skipping += 1; return }
            switch name.local {
            case "style":
                let isParagraph = attributes["type"] == "paragraph"
                id = isParagraph ? attributes["styleId"] : nil
                style = Style()
                if isParagraph, let id, DocxNamespace.isOn(attributes["default"]), attributes["default"] != nil {
                    result.defaultParagraphStyle = id
                }
            case "basedOn": if id != nil { style.basedOn = attributes["val"] }
            case "pPr": if id != nil { inParagraphProperties = true }
            case "numId": if inParagraphProperties { style.numId = attributes["val"] }
            case "ilvl": if inParagraphProperties { style.level = attributes["val"].flatMap { Int($0) } }
            case "pPrChange", "rPrChange": skipping = 1
            default: break
            }
        }

        func end(_ name: XMLName) {
            guard DocxNamespace.isWordprocessing(name.namespace) else { return }
            if skipping > 0 { skipping -= 1; return }
            switch name.local {
            case "pPr": inParagraphProperties = false
            case "style":
                if let id { result.styles[id] = style }
                id = nil
            default: break
            }
        }

        func text(_ text: String) {}
    }
}
