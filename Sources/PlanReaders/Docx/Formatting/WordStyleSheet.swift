import Foundation
import PlanModel

/// The formatting side of `word/styles.xml`: document defaults and what each paragraph
/// and character style sets, so a paragraph's look can be resolved the way Word does
/// (defaults, then the style chain through `w:basedOn`, then direct formatting).
struct WordStyleSheet {
    struct Style {
        var name: String?
        var basedOn: String?
        var paragraph = WordParagraphProperties()
        var run = WordRunProperties()
    }

    var defaultParagraph = WordParagraphProperties()
    var defaultRun = WordRunProperties()
    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?

    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits) throws(PlanReadError) -> WordStyleSheet {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        return collector.result
    }

    func name(of id: String?) -> String? { (id ?? defaultParagraphStyle).flatMap { styles[$0]?.name } }

    /// Defaults overlaid by the style chain of `id` (most general first; at most 16 steps,
    /// so a `basedOn` cycle cannot loop).
    func resolved(_ id: String?, fallbackToDefault: Bool = true) -> (WordParagraphProperties, WordRunProperties) {
        var chain: [Style] = []
        var current = id ?? (fallbackToDefault ? defaultParagraphStyle : nil)
        while let name = current, chain.count < 16, let style = styles[name] {
            chain.append(style)
            current = style.basedOn
        }
        var p = defaultParagraph, r = defaultRun
        for style in chain.reversed() {
            p = p.overlaid(by: style.paragraph)
            r = r.overlaid(by: style.run)
        }
        return (p, r)
    }

    /// What a character style (`w:rStyle`) adds, chain included, without the defaults.
    func characterStyle(_ id: String) -> WordRunProperties {
        var chain: [Style] = []
        var current: String? = id
        while let name = current, chain.count < 16, let style = styles[name] {
            chain.append(style)
            current = style.basedOn
        }
        return chain.reversed().reduce(WordRunProperties()) { $0.overlaid(by: $1.run) }
    }

    private final class Collector: XMLEventHandler {
        var result = WordStyleSheet()
        private var stack: [String] = []
        private var id: String?
        private var style = Style()
        private var inDefaults = false
        private var skipping = 0

        func start(_ name: XMLName, attributes: XMLAttributes) {
            guard DocxNamespace.isWordprocessing(name.namespace) else { stack.append(""); return }
            stack.append(name.local)
            if skipping > 0 { skipping += 1; return }
            let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
            let inPPr = stack.dropLast().contains("pPr"), inRPr = stack.dropLast().contains("rPr")
            switch name.local {
            case "docDefaults": inDefaults = true
            case "style":
                id = attributes["styleId"]
                style = Style()
                if attributes["type"] == "paragraph", DocxNamespace.isOn(attributes["default"]), attributes["default"] != nil {
                    result.defaultParagraphStyle = id
                }
            case "name": if parent == "style" { style.name = attributes["val"] }
            case "basedOn": if parent == "style" { style.basedOn = attributes["val"] }
            case "pPrChange", "rPrChange", "tblPr", "tblStylePr", "trPr", "tcPr", "numPr", "tabs": skipping = 1
            default:
                if inRPr {
                    if inDefaults { result.defaultRun.read(name.local, attributes) } else if id != nil { style.run.read(name.local, attributes) }
                } else if inPPr {
                    if inDefaults { result.defaultParagraph.read(name.local, attributes) } else if id != nil { style.paragraph.read(name.local, attributes) }
                }
            }
        }

        func end(_ name: XMLName) {
            let local = stack.popLast() ?? ""
            if skipping > 0 { skipping -= 1; return }
            switch local {
            case "docDefaults": inDefaults = false
            case "style":
                if let id { result.styles[id] = style }
                id = nil
            default: break
            }
        }

        func text(_ text: String) {}
    }
}
