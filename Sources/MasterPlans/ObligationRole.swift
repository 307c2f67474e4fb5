/// Whether a unit leads (chủ trì) or coordinates (phối hợp) an obligation.
///
/// Coverage findings for coordinating obligations are reported at a lower severity.
public enum ObligationRole: String, Sendable, Codable, Hashable {
    case lead
    case coordinating
}
