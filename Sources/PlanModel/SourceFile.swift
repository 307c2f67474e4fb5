/// The format a plan was read from; decides what "line" means in a report.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    case text
    case markdown
    case docx
    case yaml
}

/// Identifies one input file. `path` is the path as the user gave it, so reports
/// print something the user can open.
public struct SourceFile: Hashable, Codable, Sendable {
    public var path: String
    public var kind: SourceKind

    public init(path: String, kind: SourceKind) {
        self.path = path
        self.kind = kind
    }
}
