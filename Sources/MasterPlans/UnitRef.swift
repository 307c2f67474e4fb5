/// One entry of an obligation's lead or coordinating list: a registry unit or a kind of unit.
///
/// Written in YAML as a plain string; the fixed selector names (`so-ban-nganh`, `ubnd-huyen` …)
/// are read as kinds, anything else as a unit id, which is why registries must not use a
/// selector name as a unit id.
public enum UnitRef: Sendable, Hashable, Decodable, CustomStringConvertible {
    case unit(String)
    case kind(KindSelector)

    /// Reads a selector name as a kind and anything else as a unit id.
    public init(_ text: String) {
        if let selector = KindSelector(rawValue: text) { self = .kind(selector) } else { self = .unit(text) }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public var description: String {
        switch self {
        case .unit(let id): return id
        case .kind(let selector): return selector.rawValue
        }
    }
}
