/// A value together with the span of original text it was read from.
///
/// Equality compares values and spans; use `value` when only meaning matters
/// (as Yams compares scalars without their marks).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan
    /// For text read by the parser: where each scalar of `value` came from, so a part of
    /// the value can be pointed at exactly (`span(ofScalars:)`). Not part of equality or
    /// of the encoded form: it only refines `span`.
    public var map: TextMap?

    public init(_ value: Value, span: SourceSpan, map: TextMap? = nil) {
        self.value = value
        self.span = span
        self.map = map
    }
}

extension Located: Equatable where Value: Equatable {
    public static func == (a: Located, b: Located) -> Bool { a.value == b.value && a.span == b.span }
}

extension Located: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(span)
    }
}

extension Located: Codable where Value: Codable {
    private enum CodingKeys: String, CodingKey { case value, span }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Value.self, forKey: .value), span: try c.decode(SourceSpan.self, forKey: .span))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(span, forKey: .span)
    }
}
