// Declared options of `year` (kept beside the kind while other work edits its file).
extension YearCheck {
    public static var options: OptionShape { .constant("plan", "years in timelines must agree with the plan's year") }
}
