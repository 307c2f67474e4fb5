import PlanModel
import PlanParser
import PlanlintKit

/// The parser as the linter uses it (grammars included), for example runs in tests.
enum PlanLoaderForTests {
    static func parse(_ source: SourceText) -> Plan { PlanlintKitParsing.parse(source) }
}
