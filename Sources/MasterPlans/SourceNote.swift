/// A document a pack or registry was built from, so that every fact can be traced.
public struct SourceNote: Sendable, Hashable, Decodable {
    public var title: String
    public var url: String?
    /// A file under ../shared/corpus, when the source is one.
    public var corpus: String?
    public var note: String?

    public init(title: String, url: String? = nil, corpus: String? = nil, note: String? = nil) {
        self.title = title
        self.url = url
        self.corpus = corpus
        self.note = note
    }
}
