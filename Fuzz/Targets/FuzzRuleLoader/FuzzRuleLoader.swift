import Foundation
import FuzzSupport
import PlanRules

/// The rule-pack loader (YAML, schema, check kinds, regexes, examples' shape).
@main
enum FuzzRuleLoader {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        _ = try? RulePackLoader.parse(FuzzInput.text(data, size), file: "fuzz.yaml")
        return 0
    }
}
