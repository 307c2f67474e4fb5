/// Escaping for the markup formats, written once so no reporter forgets a character.
///
/// Plan text comes from documents nobody here controls (OCR, pasted Word text), so it is
/// always treated as data: C0 control characters that XML 1.0 forbids even when escaped
/// (form feeds from PDF extraction, NULs from broken files) become U+FFFD.
enum MarkupEscaping {
    /// Text escaped for HTML element content and quoted attribute values.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isBidiControl(scalar) {
                    // Shown, not obeyed: a right-to-left override in plan text would
                    // otherwise reorder what the reader sees ("Trojan source").
                    out += "&lt;U+" + String(scalar.value, radix: 16, uppercase: true) + "&gt;"
                } else {
                    out.unicodeScalars.append(sanitised(scalar))
                }
            }
        }
        return out
    }

    /// Unicode bidirectional formatting characters (embeddings, overrides, isolates, marks).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Text escaped for XML; in attributes, line breaks and tabs are kept as references
    /// because parsers would otherwise normalise them to spaces.
    static func xml(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            default: out.unicodeScalars.append(sanitised(scalar))
            }
        }
        return out
    }

    /// Text escaped for a GitHub-flavoured Markdown table cell: punctuation that could
    /// start formatting is backslash-escaped, `&` cannot start an entity, pipes cannot end
    /// the cell and line breaks become `<br>` so the row stays on one line.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "\r": out += "<br>"
            case "\n": if !previousWasCR { out += "<br>" }
            default: out.unicodeScalars.append(sanitised(scalar))
            }
        }
        return out
    }

    /// Replaces characters no markup format may carry with U+FFFD; tabs and line breaks stay.
    static func sanitised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return scalar
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: return "\u{FFFD}"
        default: return scalar
        }
    }
}
