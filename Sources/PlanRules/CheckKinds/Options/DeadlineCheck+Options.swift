// Declared options of `deadline` (kept beside the kind while other work edits its file).
extension DeadlineCheck {
    public static var options: OptionShape {
        .object([
            OptionField("not_before", .constant("plan_date", "the timeline must not end before the plan's own date")),
            OptionField("not_after", .constant("plan_year_end", "the timeline must not end after the plan's year")),
            OptionField("dated_products", .list(.string(), "products (document types) that need a dated timeline")),
        ], minProperties: 1, maxProperties: 1)
    }
}
