// Declared options of `distinct` (kept beside the kind while other work edits its file).
extension DistinctCheck {
    public static var options: OptionShape {
        .list(.words(TaskField.allCases.map(\.rawValue)), minItems: 2, maxItems: 2,
              "two task fields that must not name the same unit, e.g. [lead, coordinating]")
    }
}
