import PlanModel

/// A legal document a pack refers to: the master decision, a framework document, or the
/// master of another year.
///
/// Any part can be unknown (`nil`) when the source could not be read; nothing is filled in
/// by guessing, and `confidence` says how far the entry can be trusted.
public struct MasterDocument: Sendable, Hashable, Decodable {
    /// Document type as written: "Quyết định", "Kế hoạch", "Nghị quyết".
    public var type: String
    /// Number before the slash ("2108"); nil when unreadable.
    public var number: String?
    /// Symbol after the number ("QĐ-UBND").
    public var symbol: String?
    /// Date of issue; nil when unreadable.
    public var date: CivilDate?
    /// The date as far as it can be read ("…/12/2021").
    public var dateText: String?
    /// For another year's master: the plan year it governs.
    public var year: Int?
    public var issuer: String?
    public var signer: String?
    public var signerTitle: String?
    public var title: String
    /// Phrases that identify a citation of this document when number and date cannot be compared.
    public var recognise: [String]
    public var confidence: Confidence
    public var note: String?

    public init(type: String, number: String? = nil, symbol: String? = nil, date: CivilDate? = nil,
                dateText: String? = nil, year: Int? = nil, issuer: String? = nil, signer: String? = nil,
                signerTitle: String? = nil, title: String, recognise: [String] = [],
                confidence: Confidence = .high, note: String? = nil) {
        self.type = type
        self.number = number
        self.symbol = symbol
        self.date = date
        self.dateText = dateText
        self.year = year
        self.issuer = issuer
        self.signer = signer
        self.signerTitle = signerTitle
        self.title = title
        self.recognise = recognise
        self.confidence = confidence
        self.note = note
    }

    /// "2108/QĐ-UBND" when number and symbol are known.
    public var fullSymbol: String? {
        guard let number, let symbol else { return nil }
        return "\(number)/\(symbol)"
    }

    /// How the document is named in messages: "Quyết định số 2108/QĐ-UBND ngày 23/12/2021".
    public var citation: String {
        var text = type
        if let full = fullSymbol { text += " số \(full)" } else if let symbol { text += " …/\(symbol)" }
        if let date { text += " ngày \(date.vietnamese)" } else if let dateText { text += " ngày \(dateText)" }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case type, number, symbol, date, year, issuer, signer, title, recognise, confidence, note
        case dateText = "date_text"
        case signerTitle = "signer_title"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
        date = try c.decodeISODateIfPresent(forKey: .date)
        dateText = try c.decodeIfPresent(String.self, forKey: .dateText)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        signer = try c.decodeIfPresent(String.self, forKey: .signer)
        signerTitle = try c.decodeIfPresent(String.self, forKey: .signerTitle)
        title = try c.decode(String.self, forKey: .title)
        recognise = try c.decodeIfPresent([String].self, forKey: .recognise) ?? []
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
