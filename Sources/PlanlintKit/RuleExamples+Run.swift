import PlanModel
import PlanParser
import PlanRules

extension RuleExamples {
    /// Runs the examples of every rule in the set through the standard parser.
    public static func runAll(_ set: RuleSet) -> ExampleRunner.Summary {
        ExampleRunner.run(set.rules) { source in PlanParser.parse(source) }
    }
}
