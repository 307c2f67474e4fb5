/// Namespace URIs and on/off values shared by the WordprocessingML parts.
enum DocxNamespace {
    /// Transitional (what Word writes) and Strict OOXML.
    static let wordprocessing: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    @inline(__always)
    static func isWordprocessing(_ uri: String) -> Bool { wordprocessing.contains(uri) }

    /// An `ST_OnOff` attribute: absent means on ("<w:caps/>").
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        switch value.lowercased() {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }
}
