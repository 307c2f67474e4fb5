// Declared options of `cite` (kept beside the kind while other work edits its file).
extension CiteCheck {
    public static var options: OptionShape { .constant("master", "the plan cites this year's master plan of its province") }
}
