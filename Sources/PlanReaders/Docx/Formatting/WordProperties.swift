import PlanModel

/// Paragraph and run properties as one element (`w:pPr`, `w:rPr`, a style, the document
/// defaults) sets them; nil means "not set here, inherit".
///
/// Layers are merged from the most general (document defaults) to the most specific (the
/// run's own properties) with `overlaid(by:)`, which is how Word resolves what it shows.
struct WordRunProperties: Sendable, Hashable {
    var font: String?
    /// A theme font reference (`w:asciiTheme`), resolved against the theme part.
    var themeFont: String?
    var halfPoints: Int?
    var bold: Bool?
    var italic: Bool?
    var caps: Bool?
    var color: String?

    func overlaid(by top: WordRunProperties) -> WordRunProperties {
        var r = self
        // An explicit font name and a theme reference replace each other: the later layer wins.
        if top.themeFont != nil { r.themeFont = top.themeFont; r.font = nil }
        if top.font != nil, top.themeFont == nil { r.font = top.font; r.themeFont = nil }
        r.halfPoints = top.halfPoints ?? r.halfPoints
        r.bold = top.bold ?? r.bold
        r.italic = top.italic ?? r.italic
        r.caps = top.caps ?? r.caps
        r.color = top.color ?? r.color
        return r
    }

    /// Reads one child of an `rPr` element; anything else is ignored.
    mutating func read(_ local: String, _ attributes: XMLAttributes) {
        switch local {
        case "rFonts":
            if let theme = attributes["asciiTheme"] ?? attributes["hAnsiTheme"] {
                themeFont = theme
                font = nil
            } else if let name = attributes["ascii"] ?? attributes["hAnsi"] {
                font = name
                themeFont = nil
            }
        case "sz":
            halfPoints = WordMeasure.integer(attributes["val"], in: 1...3276) ?? halfPoints
        case "b": bold = DocxNamespace.isOn(attributes["val"])
        case "i": italic = DocxNamespace.isOn(attributes["val"])
        case "caps": caps = DocxNamespace.isOn(attributes["val"])
        case "color": color = attributes["val"]
        default: break
        }
    }
}

struct WordParagraphProperties: Sendable, Hashable {
    var alignment: ParagraphFormat.Alignment?
    var firstLine: Int?
    var hanging: Int?
    var left: Int?
    var before: Int?
    var after: Int?
    var lineSpacing: ParagraphFormat.LineSpacing?
    var bottomBorder: Bool?

    func overlaid(by top: WordParagraphProperties) -> WordParagraphProperties {
        var r = self
        r.alignment = top.alignment ?? r.alignment
        // A first-line indent and a hanging indent exclude each other.
        if top.firstLine != nil || top.hanging != nil { r.firstLine = top.firstLine; r.hanging = top.hanging }
        r.left = top.left ?? r.left
        r.before = top.before ?? r.before
        r.after = top.after ?? r.after
        r.lineSpacing = top.lineSpacing ?? r.lineSpacing
        r.bottomBorder = top.bottomBorder ?? r.bottomBorder
        return r
    }

    /// Reads one child of a `pPr` element (or of its `pBdr`).
    mutating func read(_ local: String, _ attributes: XMLAttributes) {
        func twips(_ key: String) -> Int? { WordMeasure.integer(attributes[key], in: -31680...31680) }
        switch local {
        case "jc":
            switch attributes["val"] {
            case "center": alignment = .center
            case "right", "end": alignment = .right
            case "both": alignment = .justify
            case "distribute": alignment = .distribute
            case "left", "start": alignment = .left
            default: break
            }
        case "ind":
            if let h = twips("hanging") { hanging = h; firstLine = nil }
            else if let f = twips("firstLine") { firstLine = f; hanging = nil }
            if let l = twips("left") ?? twips("start") { left = l }
        case "spacing":
            if let b = twips("before") { before = b }
            if let a = twips("after") { after = a }
            if let line = WordMeasure.integer(attributes["line"], in: 0...31680) {
                switch attributes["lineRule"] {
                case "exact": lineSpacing = .exactly(line)
                case "atLeast": lineSpacing = .atLeast(line)
                default: lineSpacing = .multiple(Double(line) / 240)
                }
            }
        case "bottom": bottomBorder = (attributes["val"].map { $0 != "nil" && $0 != "none" }) ?? true
        default: break
        }
    }
}
