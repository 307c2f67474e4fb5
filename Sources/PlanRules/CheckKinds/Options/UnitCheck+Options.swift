// Declared options of `unit` (kept beside the kind while other work edits its file).
extension UnitCheck {
    public static var options: OptionShape {
        .words([Mode.known.rawValue, Mode.active.rawValue], "known: in the province's registry; active: still existed on the plan's date")
    }
}
