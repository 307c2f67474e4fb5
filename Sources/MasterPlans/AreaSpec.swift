/// One reform area of a master plan ("Cải cách thủ tục hành chính") and the heading words
/// that mark a plan section as that area.
public struct AreaSpec: Sendable, Hashable, Decodable, Identifiable {
    public var id: String
    public var title: String
    /// Heading phrases (diacritic-insensitive) that identify the area in a plan.
    public var aliases: [String]
    /// Whether a department plan must have a section for this area.
    public var required: Bool
    /// Where the area is stated ("Mục II.3").
    public var source: String
    public var note: String?

    public init(id: String, title: String, aliases: [String] = [], required: Bool = true,
                source: String, note: String? = nil) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.required = required
        self.source = source
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case id, title, aliases, required, source, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? true
        source = try c.decode(String.self, forKey: .source)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
