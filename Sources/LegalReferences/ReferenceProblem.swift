import PlanModel

/// Something wrong with a citation, found by `ReferenceAnalysis`.
///
/// Check kinds in the rules engine turn problems into findings: the kind selects the
/// rule, `referenceIndex` the citation (and so its span), `arguments` fill the message.
public struct ReferenceProblem: Hashable, Sendable {
    /// What is wrong. Each case lists the arguments it carries; dates are "dd/mm/yyyy".
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// The type word disagrees with the symbol's type code (Nghị định 30/2020/NĐ-CP,
        /// Phụ lục III): "Quyết định số 12/KH-UBND", "Công văn số 5/QĐ-UBND".
        /// Arguments: `symbol`, `typeWord`, `typeCode` (empty when the symbol has none),
        /// `expectedCode` (codes joined by " / ", empty for Công văn), `writtenCode` (the type
        /// code, else the segment that stands in its place: "NĐCP" in "118/2025/NĐCP"), and
        /// `suggestedSymbol` when a hyphen was lost ("118/2025/NĐ-CP").
        case typeWordMismatch
        /// A normative symbol's year segment is not the year of its date:
        /// "107/2021/NĐ-CP ngày 06/12/2020". Arguments: `symbol`, `yearSegment`, `date`, `dateYear`.
        case yearSegmentMismatch
        /// A normative document (Nghị định, Thông tư, a symbol coded NĐ or TT) cited
        /// without its year segment: "Nghị định số 107/NĐ-CP ngày 06/12/2021".
        /// Arguments: `symbol`, `typeWord` (if written), and `suggestedSymbol`
        /// ("107/2021/NĐ-CP") when the date gives the year.
        case missingYearSegment
        /// The date does not exist: "ngày 31/02/2021". Arguments: `symbol`, `dateText`.
        case invalidDate
        /// The cited document is dated after the plan that cites it.
        /// Arguments: `symbol`, `date`, `planDate`.
        case dateAfterPlan
        /// One document (same symbol) is cited with two different dates; reported at the
        /// later citation, `relatedIndex` is the earlier one. Arguments: `symbol`, `date`, `otherDate`.
        case conflictingDates
        /// An administrative document (numbers restart every year, so the date identifies
        /// it) is first cited without its date. `relatedIndex` is a later citation that
        /// has the date, if any. Arguments: `symbol`, and `date` when a later citation has it.
        case firstCitationWithoutDate
        /// The catalogue says the document had ceased to have effect by the plan's date
        /// without a successor. Arguments: `symbol`, `title`, `expiredOn`.
        case expired
        /// The catalogue says the document had been replaced by the plan's date.
        /// Arguments: `symbol`, `title`, `successor`, `successorTitle`, `effective`
        /// (the successor's effective date), `currentSuccessor` when that one was
        /// itself replaced, `source`.
        case replaced
        /// The catalogue records a probable replacement it could not confirm: a warning
        /// to verify, not an error. Arguments as for `replaced`.
        case replacementUnconfirmed
        /// The cited date differs from the catalogue's date of issue.
        /// Arguments: `symbol`, `date`, `catalogDate`, `title`.
        case catalogDateMismatch

        /// The severity a rule pack should give this kind unless it has reason not to.
        public var suggestedSeverity: Severity {
            switch self {
            case .replacementUnconfirmed, .firstCitationWithoutDate: return .warning
            default: return .error
            }
        }
    }

    public var kind: Kind
    /// Index of the citation in the array passed to `ReferenceAnalysis.problems`.
    public var referenceIndex: Int
    /// Index of another citation involved (the earlier date, the dated mention).
    public var relatedIndex: Int?
    /// Values for the message, by name; see each `Kind`.
    public var arguments: [String: String]

    public init(kind: Kind, referenceIndex: Int, relatedIndex: Int? = nil, arguments: [String: String] = [:]) {
        self.kind = kind
        self.referenceIndex = referenceIndex
        self.relatedIndex = relatedIndex
        self.arguments = arguments
    }
}
