import PlanModel

/// A loaded plan (wrapper so that the CLI needs no import of PlanModel for plumbing).
public struct PlanDocument: Sendable {
    public var plan: Plan
    public init(_ plan: Plan) { self.plan = plan }
}
