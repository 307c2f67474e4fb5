import Foundation

/// Generates, from the registered check kinds, the `check` part of
/// `schemas/rule-pack.schema.json` and `docs/check-kinds.md`, so a new kind's schema and
/// documentation follow from its own file. A test fails when the committed files are stale;
/// `PLANLINT_RECORD=1 swift test --filter GeneratedFilesTests` rewrites them.
public enum CheckKindCatalog {
    /// The schema's `$defs.check`: exactly one kind key, each with its declared options.
    public static func checkSchema(kinds: [any CheckKind.Type] = CheckKinds.all) -> JSONText {
        .object([
            ("description", .string("One check kind per rule: the kind's name and its options (generated from the kinds; see docs/check-kinds.md).")),
            ("type", .string("object")),
            ("minProperties", .number("1")),
            ("maxProperties", .number("1")),
            ("additionalProperties", .bool(false)),
            ("properties", .object(kinds.map { kind in (kind.name, schema(kind.options, fallback: kind.summary)) })),
        ])
    }

    /// The rule-pack schema text with its `$defs.check` replaced by the generated one.
    public static func splicingCheckSchema(into schemaText: String, kinds: [any CheckKind.Type] = CheckKinds.all) throws -> String {
        let root = try JSONText.parse(schemaText)
        let defs = root["$defs"] ?? .object([])
        return root.setting("$defs", to: defs.setting("check", to: checkSchema(kinds: kinds))).rendered()
    }

    static func schema(_ shape: OptionShape, fallback: String? = nil) -> JSONText {
        var pairs: [(String, JSONText)] = []
        if let s = shape.summary ?? fallback { pairs.append(("description", .string(s))) }
        switch shape.form {
        case .undeclared:
            break
        case .string: pairs.append(("type", .string("string")))
        case .number: pairs.append(("type", .string("number")))
        case .boolean: pairs.append(("type", .string("boolean")))
        case .words(let words): pairs.append(("enum", .array(words.map { .string($0) })))
        case .constant(let value): pairs.append(("const", .string(value)))
        case .list(let item, let minItems, let maxItems):
            pairs.append(("type", .string("array")))
            pairs.append(("items", schema(item)))
            if let minItems { pairs.append(("minItems", .number(String(minItems)))) }
            if let maxItems { pairs.append(("maxItems", .number(String(maxItems)))) }
        case .either(let shapes):
            pairs.append(("oneOf", .array(shapes.map { schema($0) })))
        case .object(let fields, let required, let minProperties, let maxProperties):
            pairs.append(("type", .string("object")))
            pairs.append(("additionalProperties", .bool(false)))
            if !required.isEmpty { pairs.append(("required", .array(required.map { .string($0) }))) }
            if let minProperties { pairs.append(("minProperties", .number(String(minProperties)))) }
            if let maxProperties { pairs.append(("maxProperties", .number(String(maxProperties)))) }
            pairs.append(("properties", .object(fields.map { ($0.name, schema($0.shape)) })))
        }
        return .object(pairs)
    }

    /// `docs/check-kinds.md`.
    public static func markdown(kinds: [any CheckKind.Type] = CheckKinds.all) -> String {
        var out = """
        <!-- Generated from the check kinds (Sources/PlanRules/CheckKinds) by CheckKindCatalog.markdown();
             do not edit: regenerate with `PLANLINT_RECORD=1 swift test --filter GeneratedFilesTests`. -->
        # Các loại kiểm tra — check kinds

        A rule names one check kind and its options: `check: { KIND: OPTIONS }`. The options
        below are also the `check` part of `schemas/rule-pack.schema.json`. How to add a kind:
        [adding-a-check-kind.md](adding-a-check-kind.md).

        | kind | scopes | summary |
        |---|---|---|

        """
        for kind in kinds {
            out += "| [`\(kind.name)`](#\(kind.name)) | \(kind.scopes.map(\.rawValue).sorted().joined(separator: ", ")) | \(kind.summary) |\n"
        }
        for kind in kinds {
            out += "\n## \(kind.name)\n\n\(kind.documentation)\n\n"
            out += "- Scopes: \(kind.scopes.map { "`\($0.rawValue)`" }.sorted().joined(separator: ", "))\n"
            let placeholders = kind.placeholders.sorted().map { "`{\($0)}`" }.joined(separator: ", ")
            out += "- Message placeholders (beyond the scope's): \(placeholders.isEmpty ? "none" : placeholders)\n"
            out += "- Runs on text too damaged to judge: \(kind.runsOnDamagedText ? "yes (it can be the quality gate)" : "no, unless the rule says `damaged_text: run`")\n"
            out += "- Options (`check: { \(kind.name): … }`):\n"
            out += describe(kind.options, indent: "  ")
        }
        return out
    }

    /// A shape as nested Markdown bullets.
    static func describe(_ shape: OptionShape, indent: String) -> String {
        guard case .object(let fields, let required, _, _) = shape.form else { return "\(indent)- \(inline(shape))\n" }
        return "\(indent)- \(mapping(shape)):\n" + describe(fields, required: required, indent: indent + "  ")
    }

    static func describe(_ fields: [OptionField], required: [String], indent: String) -> String {
        var out = ""
        for f in fields {
            let req = required.contains(f.name) ? " (required)" : ""
            if case .object(let inner, let innerRequired, _, _) = f.shape.form {
                out += "\(indent)- `\(f.name)`\(req): \(mapping(f.shape)):\n"
                out += describe(inner, required: innerRequired, indent: indent + "  ")
            } else {
                out += "\(indent)- `\(f.name)`\(req): \(inline(f.shape))\n"
            }
        }
        return out
    }

    /// "a mapping with exactly one of these keys — summary".
    static func mapping(_ shape: OptionShape) -> String {
        guard case .object(_, _, let minProperties, let maxProperties) = shape.form else { return inline(shape) }
        var bounds = ""
        if maxProperties == 1 { bounds = " with exactly one of these keys" } else if minProperties == 1 { bounds = " with at least one of these keys" }
        return "a mapping\(bounds)" + (shape.summary.map { " — \($0)" } ?? "")
    }

    /// A shape in one phrase.
    static func inline(_ shape: OptionShape) -> String {
        let note = shape.summary.map { " — \($0)" } ?? ""
        switch shape.form {
        case .undeclared: return "not declared (any value)\(note)"
        case .string: return "text\(note)"
        case .number: return "a number\(note)"
        case .boolean: return "`true` or `false`\(note)"
        case .words(let w): return "one of \(w.map { "`\($0)`" }.joined(separator: ", "))\(note)"
        case .constant(let v): return "`\(v)`\(note)"
        case .list(let item, let minItems, let maxItems):
            var n = ""
            if let minItems, minItems == maxItems { n = " of exactly \(minItems)" }
            return "a list\(n) of (\(inline(item)))\(note)"
        case .either(let shapes): return shapes.map(inline).joined(separator: ", or ") + note
        case .object(let fields, _, _, _): return "a mapping of \(fields.map { "`\($0.name)`" }.joined(separator: ", "))\(note)"
        }
    }
}
