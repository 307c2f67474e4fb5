import PlanModel

/// A message with `{placeholders}`, checked at load time against what the scope and the
/// check provide, so a typo in a placeholder is a rule-file error, not a broken message.
public struct MessageTemplate: Sendable {
    enum Piece: Sendable { case text(String), placeholder(String) }
    let pieces: [Piece]
    public let source: String

    init(_ source: String, allowed: Set<String>, at span: SourceSpan) throws(RuleFileIssue) {
        self.source = source
        var pieces: [Piece] = []
        var text = ""
        var i = source.startIndex
        while i < source.endIndex {
            let c = source[i]
            if c == "{", let close = source[i...].firstIndex(of: "}") {
                let name = String(source[source.index(after: i)..<close])
                guard allowed.contains(name) else {
                    var m = "message placeholder '{\(name)}' does not exist"
                    if let s = Suggestion.closest(to: name, in: Array(allowed)) { m += " (did you mean '{\(s)}'?)" }
                    m += "; available: " + allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    throw RuleFileIssue(span, m)
                }
                if !text.isEmpty { pieces.append(.text(text)); text = "" }
                pieces.append(.placeholder(name))
                i = source.index(after: close)
                continue
            }
            text.append(c)
            i = source.index(after: i)
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    public func render(_ values: [String: String]) -> String {
        pieces.map { p in
            switch p {
            case .text(let t): return t
            case .placeholder(let n): return values[n] ?? "—"
            }
        }.joined()
    }
}
