/// Which rules a stretch of a plan has switched off: some named rules, or every rule
/// except some (after `planlint-disable` with no ids, then `planlint-enable ID`).
enum DisabledRules: Sendable, Hashable {
    case only(Set<String>)
    case allExcept(Set<String>)

    static let none = DisabledRules.only([])

    func contains(_ ruleId: String) -> Bool {
        switch self {
        case .only(let ids): ids.contains(ruleId)
        case .allExcept(let ids): !ids.contains(ruleId)
        }
    }

    var isEmpty: Bool { self == .none }

    /// Switches rules off; an empty list means every rule.
    mutating func disable(_ ids: [String]) {
        guard !ids.isEmpty else { self = .allExcept([]); return }
        switch self {
        case .only(let set): self = .only(set.union(ids))
        case .allExcept(let set): self = .allExcept(set.subtracting(ids))
        }
    }

    /// Switches rules back on; returns the ids that were not off (a marker mistake).
    mutating func enable(_ ids: [String]) -> [String] {
        guard !ids.isEmpty else { self = .none; return [] }
        let notDisabled = ids.filter { !contains($0) }
        switch self {
        case .only(let set): self = .only(set.subtracting(ids))
        case .allExcept(let set): self = .allExcept(set.union(ids))
        }
        return notDisabled
    }
}
