import PlanModel
import PlanParser
import PlanRules

extension RuleExamples {
    /// The pipeline `planlint check` uses, for running examples: the standard parser and
    /// the inline suppression markers.
    public static let pipeline = ExampleRunner.Pipeline(
        parse: { source in PlanlintKitParsing.parse(source) },
        suppress: { source, findings in Suppressions.parse(source).filter(findings).kept })

    /// Runs the examples of the given rules through the standard pipeline.
    public static func run(_ rules: [Rule]) -> ExampleRunner.Summary {
        ExampleRunner.run(rules, pipeline: pipeline)
    }

    /// Runs the examples of every rule in the set through the standard pipeline.
    public static func runAll(_ set: RuleSet) -> ExampleRunner.Summary { run(set.rules) }
}
