import PlanModel
import Timelines

extension Obligation {
    /// The deadline read with the timeline grammar, for a plan year; nil when the master
    /// states none or it could not be read.
    public func deadlineValue(planYear: Int?) -> TimelineValue? {
        deadline.map { TimelineParser.parse($0, planYear: planYear) }
    }
}
