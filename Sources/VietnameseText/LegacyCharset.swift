/// The pre-Unicode Vietnamese encodings: the text shows as Vietnamese only in their own
/// fonts, so a Word run's font names its encoding and plain text is recognised by the
/// characters it uses.
public enum LegacyCharset: String, Sendable, CaseIterable {
    /// TCVN 5712:1993 "VN3" (ABC): one 8-bit code per letter; fonts ".VnTime", ".VnArial";
    /// the capitals-only fonts (".VnTimeH") show the lower-case codes as capitals.
    case tcvn3
    /// VNI Windows: a base letter followed by one or two mark codes; fonts "VNI-Times", …
    case vni

    /// The encoding a font name implies, if it is a TCVN3 or VNI font.
    public static func of(font: String) -> LegacyCharset? {
        let f = font.lowercased()
        if f.hasPrefix(".vn") { return .tcvn3 }
        if f.hasPrefix("vni-") || f.hasPrefix("vni ") { return .vni }
        return nil
    }

    /// TCVN3 capitals-only fonts end in "H" (".VnTimeH", ".VnArialH").
    public static func isCapitalsOnlyFont(_ font: String) -> Bool {
        font.hasPrefix(".") && font.hasSuffix("H")
    }
}
