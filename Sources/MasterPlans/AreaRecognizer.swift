import PlanModel

/// Tells which reform area of a master pack a plan section is about, from its heading.
public struct AreaRecognizer: Sendable {
    /// An area and the plan section found for it, if any.
    public struct Presence: Sendable, Hashable {
        public var area: AreaSpec
        /// Path of the first section whose heading names the area.
        public var sectionPath: String?

        public init(area: AreaSpec, sectionPath: String?) {
            self.area = area
            self.sectionPath = sectionPath
        }
    }

    /// The pack's areas, in pack order (the first matching area wins).
    public let areas: [AreaSpec]
    private let patterns: [(area: Int, pattern: PhrasePattern)]

    /// Compiles each area's title and aliases into phrases once.
    public init(areas: [AreaSpec]) {
        self.areas = areas
        patterns = areas.enumerated().flatMap { index, area in
            ([area.title] + area.aliases).map { (index, PhrasePattern($0)) }
        }
    }

    /// The area a heading names; the first area in pack order wins when several do.
    public func area(forHeading heading: String) -> AreaSpec? {
        let words = FoldedTokenizer.words(heading)
        return patterns.first { $0.pattern.matches(words) }.map { areas[$0.area] }
    }

    /// Every area with the first section of the plan that names it (nil when none does).
    public func presence(in sections: [Section]) -> [Presence] {
        var found: [String: String] = [:]
        for section in sections.flatMap(\.flattened) {
            if let area = area(forHeading: section.title.value), found[area.id] == nil {
                found[area.id] = section.path
            }
        }
        return areas.map { Presence(area: $0, sectionPath: found[$0.id]) }
    }

    /// Required areas that no section of the plan names.
    public func missingRequiredAreas(in sections: [Section]) -> [AreaSpec] {
        presence(in: sections).filter { $0.area.required && $0.sectionPath == nil }.map(\.area)
    }
}
