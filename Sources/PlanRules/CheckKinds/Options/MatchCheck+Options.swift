// Declared options of `match` and `forbid` (kept beside the kinds while other work edits their files).
extension FieldPattern {
    /// The shared shape of `match` and `forbid`.
    static func options(_ what: String) -> OptionShape {
        .object([
            OptionField("field", .words(TaskField.allCases.map(\.rawValue), "the task field to test")),
            OptionField("pattern", .string("a regular expression (folded like the text unless diacritics: sensitive)")),
            OptionField("phrases", .either([.string(), .list(.string())], "whole phrases, any of which matches")),
            OptionField("diacritics", .words(["sensitive", "insensitive"], "whether marks count when matching (default insensitive)")),
        ], required: ["field"], "\(what); give pattern or phrases")
    }
}

extension MatchCheck {
    public static var options: OptionShape { FieldPattern.options("the field must match") }
}
