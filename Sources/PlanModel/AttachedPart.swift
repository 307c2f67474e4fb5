/// A part of a document that stands on its own after the signature: the plan a Quyết định
/// issues ("Kế hoạch … ban hành kèm theo Quyết định số …"), an appendix, a form.
public struct AttachedPart: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A plan or programme (Kế hoạch, Chương trình) issued by the document's act.
        case plan
        /// "PHỤ LỤC …".
        case appendix
        /// "Mẫu số …".
        case form
    }

    public var kind: Kind
    /// The type line of an issued plan ("KẾ HOẠCH"), or the appendix heading.
    public var heading: Located<String>?
    /// The title under it ("Cải cách hành chính năm 2025").
    public var title: Located<String>?
    /// The "(Ban hành kèm theo Quyết định số … ngày …)" line, when present.
    public var issuedWith: Located<String>?
    /// Paths of the top-level sections that belong to this part.
    public var sectionPaths: [String]
    public var span: SourceSpan

    public init(kind: Kind, heading: Located<String>? = nil, title: Located<String>? = nil,
                issuedWith: Located<String>? = nil, sectionPaths: [String] = [], span: SourceSpan) {
        self.kind = kind
        self.heading = heading
        self.title = title
        self.issuedWith = issuedWith
        self.sectionPaths = sectionPaths
        self.span = span
    }
}
