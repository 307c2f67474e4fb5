import PlanModel
import PlanParser

/// The sub-grammars the parser uses (timelines, legal references).
enum Grammars {
    static let standard = PlanParser.Grammars.none
}
