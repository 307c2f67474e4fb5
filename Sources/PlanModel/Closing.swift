/// The "Nơi nhận" block: who receives the document, ending with "Lưu: VT, …".
public struct Recipients: Sendable, Codable, Hashable {
    public var entries: [Located<String>]
    /// The archive line ("Lưu: VT, HCQT"), when present.
    public var archive: Located<String>?
    public var span: SourceSpan

    public init(entries: [Located<String>], archive: Located<String>?, span: SourceSpan) {
        self.entries = entries
        self.archive = archive
        self.span = span
    }
}

/// The signature block: authority ("TM. ỦY BAN NHÂN DÂN", "KT. …"), title, name.
public struct Signature: Sendable, Codable, Hashable {
    /// The first authority line ("TM. ỦY BAN NHÂN DÂN").
    public var authority: Located<String>?
    /// Every authority line in order ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
    public var authorities: [Located<String>] = []
    public var title: Located<String>?
    public var name: Located<String>?

    public init(authority: Located<String>? = nil, title: Located<String>? = nil, name: Located<String>? = nil) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}

/// How readable the text is, for the quality gate.
public struct TextQuality: Sendable, Codable, Hashable {
    /// Words examined.
    public var words: Int
    /// Share of words that are valid Vietnamese syllables (with or without marks), 0…1.
    public var validSyllableRatio: Double
    /// Share of letters-bearing words that carry a Vietnamese diacritic, 0…1.
    public var diacriticRatio: Double

    public init(words: Int, validSyllableRatio: Double, diacriticRatio: Double) {
        self.words = words
        self.validSyllableRatio = validSyllableRatio
        self.diacriticRatio = diacriticRatio
    }

    /// Below this share of words with diacritics the text was typed without them (or lost
    /// them): Vietnamese prose has diacritics on most words.
    public static let typedWithoutDiacriticsBelow = 0.3

    /// Whether the text was typed without diacritics, so "d" may stand for "đ".
    public var lacksDiacritics: Bool { diacriticRatio < Self.typedWithoutDiacriticsBelow }
}
