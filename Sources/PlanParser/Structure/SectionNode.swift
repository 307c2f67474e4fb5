import PlanModel

/// A section or item while the tree is being built (a class: the builder keeps a stack
/// of open nodes and appends to the innermost).
final class SectionNode {
    let match: MarkerScanner.Match?
    let marker: NumberingMarker?
    let path: String
    let label: String
    let rank: Int
    let depth: Int
    /// The node this one is nested in (nil for the root).
    weak var parent: SectionNode?
    var title: Located<String>?
    var span: SourceSpan
    var children: [SectionNode] = []
    var fields: [FieldEntry] = []
    /// Plain paragraphs directly under the node, before its first field.
    var content: [Located<String>] = []
    var targets: [Target] = []
    var headingTasks: [PlanTask] = []
    /// The unit heading in force for the bullets that follow ("- Văn phòng Ban:").
    var currentUnit: Located<String>?
    /// The unit the heading itself names ("1. Sở Tư pháp"), and its text after a colon.
    var unitHeading: (name: Located<String>, rest: Located<String>?)?
    var isTargetHolder = false
    /// The node's own text is a "Nhiệm vụ…" statement (e.g. "a) Nhiệm vụ: …").
    var describesTasks = false

    init(match: MarkerScanner.Match?, marker: NumberingMarker?, path: String, label: String, rank: Int, depth: Int,
         title: Located<String>?, span: SourceSpan) {
        self.match = match
        self.marker = marker
        self.path = path
        self.label = label
        self.rank = rank
        self.depth = depth
        self.title = title
        self.span = span
    }

    /// Whether the node's own fields make it a task. A "Nhiệm vụ và giải pháp:" heading
    /// whose tasks are the bullets under it is not itself a task.
    var hasTaskFields: Bool {
        fields.contains { f in
            if f.role == .description { return !f.parts.isEmpty && headingTasks.isEmpty }
            return [.lead, .coordinating, .product, .timeline].contains(f.role)
        }
    }
}

/// A labelled field with its value, which may continue over "+" sub-items.
struct FieldEntry {
    var role: FieldRole
    var label: String
    var parts: [Located<String>]

    var value: Located<String>? {
        guard let first = parts.first else { return nil }
        guard parts.count > 1 else { return first }
        var span = first.span
        span.end = parts.last!.span.end
        return Located(parts.map(\.value).joined(separator: "\n"), span: span)
    }
}
