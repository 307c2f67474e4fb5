import PlanModel

/// The catalogue of legal documents plans cite: dates, titles, and force over time.
///
/// Loaded from `rules/legal/catalog.yaml` (the caller decodes it, with PlanData's
/// `StrictDecoder`). Lookup goes through `LegalSymbolKey`, so OCR variants of a symbol
/// ("61/2018/ND-CP") find the entry written "61/2018/NĐ-CP".
public struct LegalCatalog: Decodable, Sendable {
    /// Format version of the catalogue file.
    public var version: Int
    public private(set) var documents: [LegalCatalogEntry]
    private var indexByKey: [LegalSymbolKey: Int]
    /// For each document, the entries whose `ends` list names it.
    private var endedBy: [LegalSymbolKey: [Int]]

    public init(documents: [LegalCatalogEntry], version: Int = 1) {
        self.version = version
        self.documents = documents
        indexByKey = [:]
        endedBy = [:]
        for (index, entry) in documents.enumerated() {
            indexByKey[LegalSymbolKey(entry.symbol)] = indexByKey[LegalSymbolKey(entry.symbol)] ?? index
            for ended in entry.ends { endedBy[LegalSymbolKey(ended), default: []].append(index) }
        }
    }

    private enum CodingKeys: String, CodingKey { case version, documents }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(documents: try container.decode([LegalCatalogEntry].self, forKey: .documents),
                  version: try container.decodeIfPresent(Int.self, forKey: .version) ?? 1)
    }

    /// The entry for a symbol as written or canonicalised ("107/2021/ND-CP" finds "107/2021/NĐ-CP").
    public func entry(forSymbol symbol: String) -> LegalCatalogEntry? {
        indexByKey[LegalSymbolKey(symbol)].map { documents[$0] }
    }

    /// The entry for a scanned citation.
    public func entry(for reference: LegalReference) -> LegalCatalogEntry? {
        entry(forSymbol: reference.symbol)
    }

    /// Every recorded succession of a document, from its own `replaced_by` and from
    /// other entries' `ends`, earliest first.
    public func successions(of entry: LegalCatalogEntry) -> [LegalSuccession] {
        var result: [LegalSuccession] = []
        if let replacement = entry.replacedBy {
            result.append(LegalSuccession(successor: replacement.symbol, effective: replacement.effective,
                                          confirmed: entry.replacementConfirmed, source: entry.source))
        }
        for index in endedBy[LegalSymbolKey(entry.symbol)] ?? [] {
            let successor = documents[index]
            guard !result.contains(where: { LegalSymbolKey($0.successor) == LegalSymbolKey(successor.symbol) }) else {
                continue
            }
            result.append(LegalSuccession(successor: successor.symbol, effective: successor.effective,
                                          confirmed: true, source: successor.source))
        }
        return result.sorted { ($0.effective ?? .distantFuture) < ($1.effective ?? .distantFuture) }
    }

    /// The document's status on `day`; nil means "as far as the catalogue knows", with
    /// every recorded event counted (a plan without a date is taken as current).
    ///
    /// A succession with no known effective date counts only when `day` is nil, so an
    /// unknown date never produces a finding against a dated plan.
    public func status(of entry: LegalCatalogEntry, asOf day: CivilDate?) -> LegalDocumentStatus {
        let happened = successions(of: entry).filter { succession in
            guard let day else { return true }
            guard let effective = succession.effective else { return false }
            return effective <= day
        }
        if let confirmed = happened.first(where: \.confirmed) { return .replaced(confirmed) }
        if let probable = happened.first { return .replacementUnconfirmed(probable) }
        if let expiredOn = entry.expiredOn, day.map({ expiredOn <= $0 }) ?? true { return .expired(expiredOn) }
        return .inForce
    }

    /// The document in force on `day` at the end of a chain of replacements, when it
    /// differs from the first successor ("43/2011 → 42/2022 → 224/2026").
    public func currentSuccessor(of succession: LegalSuccession, asOf day: CivilDate?) -> String? {
        var seen: Set<LegalSymbolKey> = [LegalSymbolKey(succession.successor)]
        var current = succession.successor
        while let entry = entry(forSymbol: current) {
            guard case .replaced(let next) = status(of: entry, asOf: day),
                  seen.insert(LegalSymbolKey(next.successor)).inserted else { break }
            current = next.successor
        }
        return LegalSymbolKey(current) == LegalSymbolKey(succession.successor) ? nil : current
    }
}

extension CivilDate {
    /// Sorts after every real date; stands in for an unknown one.
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)
}
