/// The 8-bit Vietnamese encodings that predate Unicode (TCVN 6909:2001) and still turn up
/// in old files: their text shows correctly only in their own fonts.
public enum LegacyEncoding: String, Sendable, Codable, Hashable, CaseIterable {
    /// TCVN 5712:1993 (ABC), fonts ".VnTime", ".VnArial", …
    case tcvn3
    /// VNI Windows, fonts "VNI-Times", "VNI-Helve", …
    case vni
}
