/// Percent-encoding of file paths for URIs (RFC 3986), done byte by byte so the result
/// does not depend on the platform's Foundation: Vietnamese file names and spaces become
/// `%XX` escapes of their UTF-8 bytes; `/` separators stay.
enum URIEncoding {
    /// `path` with every byte outside unreserved characters, sub-delimiters, ":", "@" and
    /// "/" percent-encoded.
    static func path(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isAllowed(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }
}
