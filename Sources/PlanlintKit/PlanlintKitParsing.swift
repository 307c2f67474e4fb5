import PlanModel
import PlanParser

/// Parses a source the way `planlint check` does.
public enum PlanlintKitParsing {
    public static func parse(_ source: SourceText) -> Plan { PlanParser.parse(source) }
}
