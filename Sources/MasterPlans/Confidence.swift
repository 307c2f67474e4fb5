/// How sure the pack's author is of an entry read from a damaged source.
///
/// Checks use it to lower the severity of findings that rest on an uncertain cell, so that a
/// misread OCR cell never produces a confident error.
public enum Confidence: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// A cell that matters could not be read.
    case low
    /// The text is clear but its row, column or sub-row was reconstructed.
    case medium
    /// Every cell was read clearly.
    case high

    private var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
