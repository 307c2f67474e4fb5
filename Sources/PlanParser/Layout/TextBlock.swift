import PlanModel

/// One logical paragraph of the plan: wrapped lines joined, layout artefacts removed.
public struct TextBlock: Sendable {
    public var text: MappedText
    /// Original line number of the first line.
    public var firstLine: Int
    /// Original line number of the last line.
    public var lastLine: Int

    public var string: String { text.string }
}
