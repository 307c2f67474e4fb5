import PlanModel
import PlanParser
import Timelines

/// The sub-grammars the parser uses (timelines, legal references).
enum Grammars {
    static let standard = PlanParser.Grammars(
        timeline: { text, year in TimelineParser.parse(text, planYear: year) },
        references: { _ in [] }
    )
}
