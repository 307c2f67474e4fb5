import PlanModel

/// One document of the legal catalogue: what it is, and how its force changed over time.
///
/// Keys are snake_case in YAML (`amended_by`, `replaced_by`, `replacement_confirmed`,
/// `expired_on`); dates are ISO ("2021-06-21"). Every entry names its `source`: the
/// article that states the fact (usually the document's own final article).
public struct LegalCatalogEntry: Decodable, Hashable, Sendable {
    /// A later document that amends this one without ending it.
    public struct Amendment: Decodable, Hashable, Sendable {
        public var symbol: String
        public var date: CivilDate?
        public var effective: CivilDate?

        public init(symbol: String, date: CivilDate? = nil, effective: CivilDate? = nil) {
            self.symbol = symbol
            self.date = date
            self.effective = effective
        }

        private enum CodingKeys: String, CodingKey { case symbol, date, effective }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            symbol = try container.decode(String.self, forKey: .symbol)
            date = try CatalogDate.decode(container, .date)
            effective = try CatalogDate.decode(container, .effective)
        }
    }

    /// The document that takes this one's place, from its effective date.
    public struct Replacement: Decodable, Hashable, Sendable {
        public var symbol: String
        public var effective: CivilDate?

        public init(symbol: String, effective: CivilDate?) {
            self.symbol = symbol
            self.effective = effective
        }

        private enum CodingKeys: String, CodingKey { case symbol, effective }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            symbol = try container.decode(String.self, forKey: .symbol)
            effective = try CatalogDate.decode(container, .effective)
        }
    }

    /// Canonical symbol, e.g. "60/2021/NĐ-CP".
    public var symbol: String
    /// The document number, e.g. "60".
    public var number: String
    /// Canonical type word, e.g. "Nghị định".
    public var type: String
    /// Date of issue.
    public var date: CivilDate?
    public var issuer: String?
    public var title: String?
    /// The day it took effect.
    public var effective: CivilDate?
    public var amendedBy: [Amendment]
    /// The document that replaces this one, when this entry's side is where the fact is known.
    public var replacedBy: Replacement?
    /// False when the replacement is probable but unconfirmed: reported as a warning to verify.
    public var replacementConfirmed: Bool
    /// Symbols this document ends on its effective date (its final article says so).
    public var ends: [String]
    /// The day it ceased to have effect without a successor.
    public var expiredOn: CivilDate?
    /// Where the facts come from ("Nghị định 60/2021/NĐ-CP, Điều 43").
    public var source: String
    /// Whether every fact was checked against the official text; false marks an entry
    /// taken on trust, whose `note` says what remains to check.
    public var verified: Bool
    public var note: String?

    public init(symbol: String, number: String, type: String, date: CivilDate? = nil, issuer: String? = nil,
                title: String? = nil, effective: CivilDate? = nil, amendedBy: [Amendment] = [],
                replacedBy: Replacement? = nil, replacementConfirmed: Bool = true, ends: [String] = [],
                expiredOn: CivilDate? = nil, source: String, verified: Bool = true, note: String? = nil) {
        self.symbol = symbol
        self.number = number
        self.type = type
        self.date = date
        self.issuer = issuer
        self.title = title
        self.effective = effective
        self.amendedBy = amendedBy
        self.replacedBy = replacedBy
        self.replacementConfirmed = replacementConfirmed
        self.ends = ends
        self.expiredOn = expiredOn
        self.source = source
        self.verified = verified
        self.note = note
    }

    private enum CodingKeys: String, CodingKey {
        case symbol, number, type, date, issuer, title, effective, ends, source, verified, note
        case amendedBy = "amended_by"
        case replacedBy = "replaced_by"
        case replacementConfirmed = "replacement_confirmed"
        case expiredOn = "expired_on"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        symbol = try container.decode(String.self, forKey: .symbol)
        if let text = try? container.decode(String.self, forKey: .number) {
            number = text
        } else {
            number = String(try container.decode(Int.self, forKey: .number))
        }
        type = try container.decode(String.self, forKey: .type)
        date = try CatalogDate.decode(container, .date)
        issuer = try container.decodeIfPresent(String.self, forKey: .issuer)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        effective = try CatalogDate.decode(container, .effective)
        amendedBy = try container.decodeIfPresent([Amendment].self, forKey: .amendedBy) ?? []
        replacedBy = try container.decodeIfPresent(Replacement.self, forKey: .replacedBy)
        replacementConfirmed = try container.decodeIfPresent(Bool.self, forKey: .replacementConfirmed) ?? true
        ends = try container.decodeIfPresent([String].self, forKey: .ends) ?? []
        expiredOn = try CatalogDate.decode(container, .expiredOn)
        source = try container.decode(String.self, forKey: .source)
        verified = try container.decodeIfPresent(Bool.self, forKey: .verified) ?? true
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }
}
