import MasterPlans

// Declared options of `cover` (kept beside the kind while other work edits its file).
extension CoverCheck {
    public static var options: OptionShape {
        let statuses = CoverageStatus.allCases.filter { $0 != .covered }.map(\.rawValue)
        let confidences = Confidence.allCases.reversed().map(\.rawValue)
        let roles: [ObligationRole] = [.lead, .coordinating]
        return .object([
            OptionField("obligations", .object([
                OptionField("role", .words(roles.map(\.rawValue), "obligations the unit leads or coordinates")),
                OptionField("status", .wordOrList(statuses, "statuses to report (default all)")),
                OptionField("confidence", .wordOrList(confidences, "match confidences to report (default all)")),
                OptionField("conditional", .boolean("report conditional obligations too (default false)")),
            ], required: ["role"], "each obligation of the master plan for the unit is met")),
            OptionField("areas", .constant("required", "every required reform area has a section")),
            OptionField("unit", .constant("identified", "the plan's unit could be identified")),
        ], minProperties: 1, maxProperties: 1)
    }
}
