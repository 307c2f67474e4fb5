import PlanModel
import PlanParser

/// Parses a source with the standard grammars (what `planlint check` does).
public enum PlanlintKitParsing {
    public static func parse(_ source: SourceText) -> Plan {
        PlanParser.parse(source, grammars: Grammars.standard)
    }
}
