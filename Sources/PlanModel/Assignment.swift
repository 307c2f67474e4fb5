/// A duty a plan gives a unit in its "Tổ chức thực hiện" / "Phân công nhiệm vụ" part: the unit
/// heading ("1. Sở Tư pháp", "- Văn phòng Sở:") and one duty listed under it.
///
/// Not a task: plans state these duties without product or timeline, by design; they say who
/// answers for what, which is what master-plan coverage needs.
public struct Assignment: Sendable, Codable, Hashable {
    /// The unit as its heading names it.
    public var unit: Located<String>
    /// The duty as written.
    public var duty: Located<String>
    /// Path of the section the unit heading is in ("V.1").
    public var sectionPath: String
    /// Unique path of the duty ("V.1.3": the third duty of the unit heading V.1).
    public var path: String
    public var span: SourceSpan

    public init(unit: Located<String>, duty: Located<String>, sectionPath: String, path: String, span: SourceSpan) {
        self.unit = unit
        self.duty = duty
        self.sectionPath = sectionPath
        self.path = path
        self.span = span
    }
}
