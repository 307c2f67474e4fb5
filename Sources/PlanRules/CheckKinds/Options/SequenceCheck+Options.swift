import PlanModel

// Declared options of `sequence` (kept beside the kind while other work edits its file).
extension SequenceCheck {
    public static var options: OptionShape {
        let styles: [NumberingStyle] = [.roman, .arabic, .decimal, .letter, .letterNumber, .parenthesized]
        return .object([
            OptionField("report", .words([Report.gaps.rawValue, Report.repeats.rawValue, Report.style.rawValue], "which problem the rule reports")),
            OptionField("styles", .list(.words(styles.map(\.rawValue)), "numbering styles to check (default all)")),
            OptionField("lost_stroke", .constant("only", "report only a repeated d) that is probably đ) in text without diacritics")),
        ], required: ["report"])
    }
}
