import PlanModel

/// The timeline grammar: a recursive-descent reader over `TimelineToken`s.
///
/// ```
/// timeline   := (item | citation | condition | mark | word)*
/// item       := continuous [claims] | cadence [claims] | claims [cadence]
/// claims     := "trước" references | "chậm nhất" references | "đến" ["hết"] references
///             | "từ" reference ("đến" | "-") reference | ["trong" | "vào"] references
/// references := reference ("," | "và") reference …      -- a trailing year is shared
/// reference  := quarter | month | day | year | half       (TimelineGrammar+Periods.swift)
/// cadence    := "định kỳ" [spec] | ("hằng" | "mỗi") spec | spec ("," spec)+   (+Recurrence.swift)
/// citation   := ["số"] 140/KH-UBND ["ngày" date]          -- skipped: a document, not a time
/// condition  := "sau khi" … | leading "theo" … | leading "khi" …
/// ```
/// Words the grammar does not know (the activity: "ban hành kế hoạch") are skipped. After
/// a condition or a trailing "theo …" qualifier, and inside parentheses, only times
/// introduced by a preposition count ("… đối với nhiệm vụ trong năm 2023"), so the year in
/// "Kế hoạch … năm 2024" or "giai đoạn 2022 - 2025" is not read as the task's time.
struct TimelineGrammar {
    /// One thing the timeline says about time.
    enum Item: Sendable {
        /// Dated periods or milestones.
        case periods([PeriodClaim])
        /// "Thường xuyên", with an optional scope ("trong năm 2023").
        case continuous(scope: [PeriodClaim])
        /// "Hằng quý", "Tháng 12 hằng năm", with anchors or a scope.
        case recurring(TimelineValue.Recurrence, anchors: [PeriodClaim])

        var claims: [PeriodClaim] {
            switch self {
            case .periods(let c): return c
            case .continuous(let c): return c
            case .recurring(_, let c): return c
            }
        }
    }

    /// What the grammar found.
    struct Outcome: Sendable {
        var items: [Item] = []
        /// The timing depends on an event or another document ("Sau khi …", "Theo …").
        var isConditional = false
        /// Scalar offsets of the condition's words.
        var conditionRange: Range<Int>?
    }

    private enum Role { case plain, qualifier, condition }
    private enum Closer { case none, sentence, paren }
    private struct Segment { var role: Role; var closer: Closer }

    let tokens: [TimelineToken]
    var pos = 0
    private var outcome = Outcome()
    private var segments = [Segment(role: .plain, closer: .none)]
    private var conditionStartToken: Int?

    /// Reads all of `tokens`.
    static func parse(_ tokens: [TimelineToken]) -> Outcome {
        var grammar = TimelineGrammar(tokens: tokens)
        grammar.run()
        return grammar.outcome
    }

    private init(tokens: [TimelineToken]) {
        self.tokens = tokens
    }

    private mutating func run() {
        while pos < tokens.count {
            if case .mark(let m) = tokens[pos].kind {
                handle(mark: m)
                pos += 1
                continue
            }
            if skipCitation() || readConditionMarker() { continue }
            let before = pos
            if segments[segments.count - 1].role == .plain || startsWithTimePreposition(pos) {
                if let item = parseItem() {
                    outcome.items.append(item)
                    continue
                }
            }
            if pos == before { pos += 1 }
        }
        closeCondition(atToken: tokens.count)
    }

    // MARK: Segments: parentheses, sentences, conditions

    private mutating func handle(mark m: Unicode.Scalar) {
        switch m {
        case "(", "[":
            // A whole timeline in parentheses is still the timeline.
            guard pos > 0 else { return }
            let role = segments[segments.count - 1].role
            segments.append(Segment(role: role == .plain ? .qualifier : role, closer: .paren))
        case ")", "]":
            if segments.count > 1, segments[segments.count - 1].closer == .paren { popSegment() }
        case ";", ".":
            while segments.count > 1, segments[segments.count - 1].closer == .sentence { popSegment() }
        default:
            break
        }
    }

    private mutating func popSegment() {
        let popped = segments.removeLast()
        if popped.role == .condition, segments[segments.count - 1].role != .condition {
            closeCondition(atToken: pos)
        }
    }

    private mutating func closeCondition(atToken end: Int) {
        guard let start = conditionStartToken, outcome.conditionRange == nil, end > start else { return }
        outcome.conditionRange = tokens[start].start..<tokens[end - 1].end
    }

    /// "sau khi …", "tùy theo …" anywhere; "theo …", "khi …", "căn cứ …" before any time;
    /// "theo …" after a time opens a qualifier that does not make the timeline conditional.
    private mutating func readConditionMarker() -> Bool {
        let top = segments[segments.count - 1]
        guard top.role != .condition else { return false }
        var length = 0
        if isWord("sau", pos), isWord("khi", pos + 1) {
            length = 2
        } else if isWord("tuy", pos), isWord("theo", pos + 1) || isWord("thuoc", pos + 1) {
            length = 2
        } else if outcome.items.isEmpty, top.role == .plain {
            if isConditionTheo(pos) || isWord("khi", pos) {
                length = 1
            } else if isWord("can", pos), isWord("cu", pos + 1) {
                length = 2
            }
        } else if isConditionTheo(pos), top.role == .plain {
            segments.append(Segment(role: .qualifier, closer: .sentence))
            pos += 1
            return true
        }
        guard length > 0 else { return false }
        outcome.isConditional = true
        conditionStartToken = conditionStartToken ?? pos
        segments.append(Segment(role: .condition, closer: top.closer == .paren ? .paren : .sentence))
        if top.closer == .paren { segments.remove(at: segments.count - 2) }
        pos += length
        return true
    }

    /// "theo" meaning "according to", not "theo dõi" (to monitor), "kèm theo", "tiếp theo".
    private func isConditionTheo(_ i: Int) -> Bool {
        guard isWord("theo", i), !isWord("doi", i + 1) else { return false }
        return !(isWord("kem", i - 1) || isWord("tiep", i - 1))
    }

    // MARK: Citations

    /// Skips a document number and its issue date ("số 140/KH-UBND ngày 14/10/2021",
    /// "32/2020/NĐ-CP"): a slash chain without spaces that contains letters.
    private mutating func skipCitation() -> Bool {
        var i = pos
        if isWord("so", i), tokens.indices.contains(i + 1), tokens[i + 1].number != nil { i += 1 }
        guard tokens.indices.contains(i), tokens[i].number != nil else { return false }
        var j = i + 1
        var slashes = 0
        var letters = false
        while j + 1 < tokens.count, tokens[j].isMark("/") || tokens[j].isMark("-"),
              !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore {
            if tokens[j].isMark("/") { slashes += 1 }
            if tokens[j + 1].word != nil { letters = true } else if tokens[j + 1].number == nil { break }
            j += 2
        }
        guard slashes > 0, letters else { return false }
        if isWord("ngay", j), let end = dateEnd(from: j + 1) { j = end }
        pos = j
        return true
    }

    /// End of a written date ("14/10/2021" or "14 tháng 10 năm 2021") starting at `i`, unchecked.
    private func dateEnd(from i: Int) -> Int? {
        guard tokens.indices.contains(i), tokens[i].number != nil else { return nil }
        if isMark("/", i + 1), number(i + 2) != nil {
            if isMark("/", i + 3), number(i + 4) != nil { return i + 5 }
            return i + 3
        }
        if isWord("thang", i + 1), number(i + 2) != nil {
            if isWord("nam", i + 3), number(i + 4) != nil { return i + 5 }
            return i + 3
        }
        return nil
    }

    // MARK: Items

    private mutating func parseItem() -> Item? {
        let save = pos
        if readContinuousMarker() {
            let scope = parseClaims() ?? []
            return .continuous(scope: scope)
        }
        if let cadence = parseCadence() {
            let anchors = parseClaims() ?? []
            return .recurring(cadence, anchors: anchors)
        }
        if let claims = parseClaims() {
            if claims.isEmpty { return nil }  // consumed, but says nothing certain ("từ tháng 3")
            if let cadence = parseCadence() { return .recurring(cadence, anchors: claims) }
            return .periods(claims)
        }
        pos = save
        return nil
    }

    // MARK: Token helpers

    func isWord(_ w: String, _ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWord(w)
    }

    func isMark(_ m: Unicode.Scalar, _ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isMark(m)
    }

    func number(_ i: Int) -> (value: Int, digits: Int)? {
        i >= 0 && i < tokens.count ? tokens[i].number : nil
    }

    /// Words that introduce a time even inside a condition or a qualifier.
    func startsWithTimePreposition(_ i: Int) -> Bool {
        guard i < tokens.count, let w = tokens[i].word else { return false }
        switch w {
        case "truoc", "trong", "tu", "den", "vao", "cham", "khong": return true
        default: return false
        }
    }
}
