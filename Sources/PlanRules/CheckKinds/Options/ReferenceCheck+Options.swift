// Declared options of `reference` (kept beside the kind while other work edits its file).
extension ReferenceCheck {
    public static var options: OptionShape {
        .object([
            OptionField("problem", .words(problemNames.keys.sorted(), "which citation problem the rule reports")),
            OptionField("catalog", .string("the legal-document catalogue, relative to the rule file (needed by expired, replaced, replacement-unconfirmed, catalog-date-mismatch)")),
        ], required: ["problem"])
    }
}
