import PlanModel
import PlanParser
import PlanReaders

/// Reads an input through the reader registry and parses it: the one way every command,
/// the web service and the tests load a plan.
public enum DocumentLoader {
    public static func read(_ input: PlanInput, registry: ReaderRegistry = .standard) throws(PlanReadError) -> ReadDocument {
        try registry.read(input)
    }

    /// The source lines and the tables of a structured format, for callers that parse later.
    public static func read(path: String) throws(PlanReadError) -> (SourceText, [SourceTable]) {
        switch try ReaderRegistry.standard.read(path: path) {
        case .text(let source, let tables): return (source, tables)
        case .plan(_, let source): return (source, [])
        }
    }

    public static func load(_ input: PlanInput, registry: ReaderRegistry = .standard) throws(PlanReadError) -> (SourceText, Plan) {
        let document = try registry.read(input)
        return (document.source, PlanParser.parse(document))
    }

    public static func load(path: String) throws(PlanReadError) -> (SourceText, Plan) { try load(PlanInput(path: path)) }
}
