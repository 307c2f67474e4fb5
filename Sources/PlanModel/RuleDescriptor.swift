/// What reporters need to know about a rule, passed in with the report so that
/// reporters never reach into the rules engine.
public struct RuleDescriptor: Sendable, Codable, Hashable {
    public var id: String
    public var pack: String
    public var defaultSeverity: Severity
    /// Short title in Vietnamese and English.
    public var title: String
    public var titleEn: String
    /// Why the rule exists (with the legal source where there is one).
    public var description: String
    public var helpURI: String?

    public init(id: String, pack: String, defaultSeverity: Severity, title: String, titleEn: String,
                description: String, helpURI: String? = nil) {
        self.id = id
        self.pack = pack
        self.defaultSeverity = defaultSeverity
        self.title = title
        self.titleEn = titleEn
        self.description = description
        self.helpURI = helpURI
    }
}
