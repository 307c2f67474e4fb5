/// A value together with the span of original text it was read from.
///
/// Equality compares values and spans; use `value` when only meaning matters
/// (as Yams compares scalars without their marks).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Codable where Value: Codable {}
