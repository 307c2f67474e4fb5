/// Refuses mapping keys that are not plain values before Yams composes the document.
///
/// Yams hashes every mapping key to find duplicates; a key that is a list or mapping made
/// of aliases (`? &a [*b, *b, …]`) expands exponentially and hangs the run. planlint's
/// files only ever use text keys, so explicit keys (`? `), aliases used as keys (`*a: …`)
/// and flow collections used as keys (`[…]: …`) are refused with their position.
/// The scan is lexical (quotes and comments are honoured); it never needs the tree.
enum YAMLKeyScreen {
    static func screen(_ text: String, file: String) throws(RuleFileIssue) {
        let bytes = Array(text.utf8)
        var i = 0
        var line = 1
        var column = 1
        var lastOnLine: UInt8 = 0   // the last non-space byte of this line so far (0: none)
        var previous: UInt8 = 0x0A
        var flowDepth = 0

        func fail(_ l: Int, _ c: Int) -> RuleFileIssue {
            RuleFileIssue(file: file, line: l, column: c,
                          message: "khoá của ánh xạ phải là văn bản; planlint không nhận khoá phức hợp (? …, *alias: hay […]: )",
                          messageEn: "mapping keys must be plain text; planlint does not accept complex keys (? …, *alias: or […]: )")
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func isFlowIndicator(_ b: UInt8) -> Bool { b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") }
        /// Whether a ":" follows at `j` (after spaces on the same line) as a mapping indicator.
        func colonFollows(_ from: Int) -> Bool {
            var j = from
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return false }
            let k = j + 1
            return k >= bytes.count || isSpace(bytes[k]) || (flowDepth > 0 && isFlowIndicator(bytes[k]))
        }
        func advance() {
            let b = bytes[i]
            if b == 0x0A {
                line += 1; column = 1; lastOnLine = 0
            } else {
                if b & 0xC0 != 0x80 { column += 1 }
                if b != 0x20 && b != 0x09 { lastOnLine = b }
            }
            previous = b
            i += 1
        }
        // A token can start after these (a quote elsewhere is part of a plain scalar).
        func atTokenStart() -> Bool {
            isSpace(previous) || isFlowIndicator(previous) || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "?")
                || previous == UInt8(ascii: "-")
        }

        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "#") where isSpace(previous):
                while i < bytes.count, bytes[i] != 0x0A { advance() }
            case UInt8(ascii: "'"), UInt8(ascii: "\"") where atTokenStart():
                // Skip the quoted scalar; at block level an unclosed one on this line is taken
                // as text, so one stray apostrophe cannot hide the rest of the file.
                let quote = b
                let save = (i, line, column, lastOnLine, previous)
                advance()
                var closed = false
                while i < bytes.count {
                    let c = bytes[i]
                    if c == 0x0A && flowDepth == 0 && quote == UInt8(ascii: "'") && !closed { break }
                    if quote == UInt8(ascii: "\""), c == UInt8(ascii: "\\"), i + 1 < bytes.count { advance(); advance(); continue }
                    if c == quote {
                        if quote == UInt8(ascii: "'"), i + 1 < bytes.count, bytes[i + 1] == quote { advance(); advance(); continue }
                        advance(); closed = true; break
                    }
                    advance()
                }
                if !closed && flowDepth == 0 {
                    (i, line, column, lastOnLine, previous) = save
                    advance()
                }
            case UInt8(ascii: "?") where [0, UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(lastOnLine)
                && (i + 1 >= bytes.count || isSpace(bytes[i + 1])):
                throw fail(line, column)
            case UInt8(ascii: "*") where atTokenStart():
                let (l, c) = (line, column)
                advance()
                while i < bytes.count, !isSpace(bytes[i]), !isFlowIndicator(bytes[i]) { advance() }
                if colonFollows(i) { throw fail(l, c) }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                advance()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                let (l, c) = (line, column)
                advance()
                if colonFollows(i) { throw fail(l, c) }
            default:
                advance()
            }
        }
    }
}
