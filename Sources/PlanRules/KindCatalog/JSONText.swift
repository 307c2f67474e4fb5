import Foundation
import Yams

/// A JSON value that keeps the order of object keys, so a generated file reads like the
/// hand-written one and regenerating it gives a stable diff.
public indirect enum JSONText: Sendable, Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (a: JSONText, b: JSONText) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)), (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }

    /// The value under `key` of an object.
    public subscript(key: String) -> JSONText? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// This object with `key` set to `value` (replaced in place, or appended).
    public func setting(_ key: String, to value: JSONText) -> JSONText {
        guard case .object(var pairs) = self else { return self }
        if let i = pairs.firstIndex(where: { $0.0 == key }) { pairs[i].1 = value } else { pairs.append((key, value)) }
        return .object(pairs)
    }

    /// Reads JSON text keeping key order (JSON is YAML, and Yams keeps mapping order).
    public static func parse(_ text: String) throws -> JSONText {
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return from(node)
    }

    static func from(_ node: Node) -> JSONText {
        switch node {
        case .mapping(let m): return .object(m.map { ($0.key.string ?? "", from($0.value)) })
        case .sequence(let s): return .array(s.map(from))
        case .scalar(let s):
            if s.style == .doubleQuoted || s.style == .singleQuoted { return .string(s.string) }
            switch s.string {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return Double(s.string) != nil ? .number(s.string) : .string(s.string)
            }
        case .alias: return .null
        }
    }

    /// Pretty-printed with two-space indentation, one array item or key per line.
    public func rendered() -> String {
        var out = ""
        render(into: &out, indent: "")
        return out + "\n"
    }

    private func render(into out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .string(let s): out += Self.quote(s)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.render(into: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += inner + Self.quote(key) + ": "
                value.render(into: &out, indent: inner)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
