import PlanModel

/// One task row of a plan's task table, with each recognised column's value.
///
/// One record per table row: when one task (nhiệm vụ) has several activities (hoạt
/// động) on several rows, each row is a record and the rows share the task's title and
/// ordinal through merged cells. Every value keeps the span of the cell its text is in,
/// which for an inherited (merged or "nt") value is the cell above that holds the text.
public struct TableTaskRow: Sendable, Hashable {
    /// Label of the group row above ("I", "II", "A"), nil when the group has none.
    public var group: Located<String>?
    /// Title of the group row above ("KIỆN TOÀN TỔ CHỨC BỘ MÁY").
    public var groupTitle: Located<String>?
    /// The TT/STT cell, without a trailing "." or ")" ("1", "2.1").
    public var ordinal: Located<String>?
    /// "Nhiệm vụ", "Nhiệm vụ cụ thể", "Nội dung".
    public var title: Located<String>?
    /// "Hoạt động".
    public var activity: Located<String>?
    /// "Cơ quan chủ trì", "Đơn vị chủ trì", "Đơn vị thực hiện".
    public var lead: Located<String>?
    /// "Cơ quan phối hợp", "Đơn vị phối hợp".
    public var coordinating: Located<String>?
    /// "Kết quả/Sản phẩm", "Sản phẩm dự kiến".
    public var product: Located<String>?
    /// "Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn", "Tiến độ".
    public var timeline: Located<String>?
    /// "Ghi chú".
    public var note: Located<String>?
    /// Values of columns whose header was not recognised, keyed by the header text.
    public var otherColumns: [String: Located<String>]
    /// The row's own cells, first to last.
    public var span: SourceSpan

    public init(group: Located<String>? = nil, groupTitle: Located<String>? = nil, ordinal: Located<String>? = nil,
                title: Located<String>? = nil, activity: Located<String>? = nil, lead: Located<String>? = nil,
                coordinating: Located<String>? = nil, product: Located<String>? = nil,
                timeline: Located<String>? = nil, note: Located<String>? = nil,
                otherColumns: [String: Located<String>] = [:], span: SourceSpan) {
        self.group = group
        self.groupTitle = groupTitle
        self.ordinal = ordinal
        self.title = title
        self.activity = activity
        self.lead = lead
        self.coordinating = coordinating
        self.product = product
        self.timeline = timeline
        self.note = note
        self.otherColumns = otherColumns
        self.span = span
    }

    /// Group and ordinal joined for a task path ("I.2"), nil when neither is known.
    public var pathHint: String? {
        let parts = [group?.value, ordinal?.value].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }

    /// The value of one role.
    public subscript(role: TableColumnRole) -> Located<String>? {
        switch role {
        case .ordinal: return ordinal
        case .title: return title
        case .activity: return activity
        case .lead: return lead
        case .coordinating: return coordinating
        case .product: return product
        case .timeline: return timeline
        case .note: return note
        }
    }
}
