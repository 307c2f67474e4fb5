/// The words reports, findings and the reviewer pages show for a coverage status: defined
/// once so a finding and the table a reviewer exports never disagree.
extension CoverageStatus {
    /// Vietnamese, short enough for a table cell and whole enough for a sentence.
    public var vietnamese: String {
        switch self {
        case .covered: return "đã có"
        case .late: return "trễ hạn"
        case .partial: return "thiếu thành phần"
        case .missing: return "chưa có"
        }
    }

    /// English (`--lang en`).
    public var english: String { rawValue }
}
