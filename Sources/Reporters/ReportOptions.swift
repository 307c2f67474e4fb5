/// Presentation choices shared by every reporter; the findings themselves never change.
public struct ReportOptions: Sendable, Hashable {
    /// Language of labels and headings: "en" for English, anything else for Vietnamese.
    ///
    /// Finding messages come already localised in the report; this only switches the
    /// words the reporter adds around them ("lỗi" / "error").
    public var language: String
    /// Whether the text reporter may emit ANSI colour; the CLI decides (isatty, NO_COLOR).
    public var useColor: Bool
    /// Paths under this directory are shown relative to it, so reports stay the same on
    /// every machine and CI annotations point inside the repository.
    public var baseDirectory: String?
    /// Heading of the HTML and Markdown reports; a localised default when nil.
    public var title: String?
    /// Where SARIF consumers send people to learn about the tool.
    public var informationURI: String

    /// The project page announced in SARIF output unless the caller names another.
    public static let defaultInformationURI = "https://github.com/planlint/planlint"

    /// Defaults suit a Vietnamese reader at a plain terminal, with paths shown as given.
    public init(language: String = "vi", useColor: Bool = false, baseDirectory: String? = nil,
                title: String? = nil, informationURI: String = ReportOptions.defaultInformationURI) {
        self.language = language
        self.useColor = useColor
        self.baseDirectory = baseDirectory
        self.title = title
        self.informationURI = informationURI
    }

    /// True when labels should be English.
    var isEnglish: Bool { language.lowercased().hasPrefix("en") }
}
