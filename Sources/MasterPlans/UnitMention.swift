/// One unit (or group) named in a text such as "Sở Nội vụ, Sở Tư pháp", with where it is.
public struct UnitMention: Sendable, Hashable {
    /// The words as written (NFC).
    public var text: String
    /// Offsets in Unicode scalars of the NFC form of the resolved text; folding keeps offsets,
    /// so a caller can map the mention back into the span it resolved.
    public var scalarRange: Range<Int>
    public var match: UnitMatch
    /// The validity that shows the unit (or the whole kind) no longer existed — or did not yet
    /// exist — on the date asked about; nil when it existed or no date was given.
    public var ceasedBy: Validity?

    public init(text: String, scalarRange: Range<Int>, match: UnitMatch, ceasedBy: Validity? = nil) {
        self.text = text
        self.scalarRange = scalarRange
        self.match = match
        self.ceasedBy = ceasedBy
    }

    /// The registry unit, when the mention is one.
    public var unit: UnitEntry? {
        if case .unit(let unit) = match { return unit }
        return nil
    }

    /// Whether the mention names something that did not exist on the date asked about.
    public var ceased: Bool { ceasedBy != nil }
}
