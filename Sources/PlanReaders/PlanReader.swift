import PlanModel

/// One reader per input format. Readers turn an opened input into text (with the tables
/// a structured format knows) or, for structured plans, into a `Plan` directly.
///
/// A new format is one type conforming to this protocol, registered in `ReaderRegistry`.
public protocol PlanReader: Sendable {
    /// The format this reader reads.
    var format: InputFormat { get }
    func read(_ input: OpenedInput) throws(PlanReadError) -> ReadDocument
}
