/// What a name written in a plan turned out to be.
public enum UnitMatch: Sendable, Hashable {
    /// A unit of the registry.
    case unit(UnitEntry)
    /// A group of units.
    case group(UnitGroup)
    /// Not in the registry. `closest` lists the nearest known names, best first.
    /// `looksInternal` is true for names shaped like an internal office ("Phòng …",
    /// "Trung tâm …", "Tổ …"), which registries list only partly: report those gently.
    case unknown(closest: [UnitSuggestion], looksInternal: Bool)
}
