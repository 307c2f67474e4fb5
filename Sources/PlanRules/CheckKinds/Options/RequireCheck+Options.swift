// Declared options of `require` (kept beside the kind while other work edits its file).
extension RequireCheck {
    /// Task fields in `task` scope; document components in `header` scope.
    public static var options: OptionShape {
        var names = TaskField.allCases.map(\.rawValue)
        for h in HeaderField.allCases where !names.contains(h.rawValue) { names.append(h.rawValue) }
        return .words(names, "the field that must be present: a task field (task scope) or a header component (header scope)")
    }
}
