import Foundation

/// The two font families of `word/theme/theme1.xml` that theme font references name
/// ("minorHAnsi" is the body font, "majorHAnsi" the headings font).
struct WordTheme {
    var major: String?
    var minor: String?

    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits) throws(PlanReadError) -> WordTheme {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        return collector.result
    }

    func font(_ reference: String) -> String? {
        reference.lowercased().hasPrefix("major") ? major : minor
    }

    private final class Collector: XMLEventHandler {
        var result = WordTheme()
        private var inMajor = false, inMinor = false

        func start(_ name: XMLName, attributes: XMLAttributes) {
            switch name.local {
            case "majorFont": inMajor = true
            case "minorFont": inMinor = true
            case "latin":
                if inMajor, result.major == nil { result.major = attributes["typeface"] }
                if inMinor, result.minor == nil { result.minor = attributes["typeface"] }
            default: break
            }
        }

        func end(_ name: XMLName) {
            if name.local == "majorFont" { inMajor = false }
            if name.local == "minorFont" { inMinor = false }
        }

        func text(_ text: String) {}
    }
}
