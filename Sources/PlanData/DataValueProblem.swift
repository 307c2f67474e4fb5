/// What a `Decodable` model can throw about the value it is decoding when the value is
/// well-typed but wrong (an unsupported version, a negative count). The strict decoder
/// attaches the value's file, line and column.
public struct DataValueProblem: Error, Sendable, Equatable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }
}
