// Declared options of `forbid` (kept beside the kind while other work edits its file).
extension ForbidCheck {
    public static var options: OptionShape { FieldPattern.options("the field must not match") }
}
