/// A known unit offered for a name the registry does not know, with how alike the names are.
public struct UnitSuggestion: Sendable, Hashable {
    public var unit: UnitEntry
    /// The registry name (canonical, alias or abbreviation) that came closest.
    public var matchedName: String
    /// Similarity of the folded names, 0…1 (Dice coefficient of letter pairs).
    public var score: Double

    public init(unit: UnitEntry, matchedName: String, score: Double) {
        self.unit = unit
        self.matchedName = matchedName
        self.score = score
    }
}
