import PlanModel

/// The lines of any supported plan file (through `ReaderRegistry.standard`), for callers
/// that need only the text; `ReaderRegistry.read` also gives a structured format's tables.
public enum PlanFileReader {
    /// Reads the file at `path` (as the user typed it; used in every message).
    public static func read(path: String) throws(PlanReadError) -> SourceText {
        try ReaderRegistry.standard.read(path: path).source
    }
}
