// Declared options of `header` (kept beside the kind while other work edits its file).
extension HeaderCheck {
    public static var options: OptionShape {
        .words(Component.allCases.map(\.rawValue), "the document component of Nghị định 30/2020/NĐ-CP to check")
    }
}
