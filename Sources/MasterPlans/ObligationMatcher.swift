import PlanModel
import Timelines

/// Decides, for each obligation a unit owes, which task of its plan delivers it and whether
/// on time: covered, late, partial or missing.
///
/// Matching is in two steps. First the obligation's `recognise` phrases are looked for in
/// each task's title and product (folded, abbreviations expanded). Only when no phrase occurs
/// is the wording compared: TF-IDF cosine over folded syllables and syllable pairs, weighted
/// over the plan's tasks and the obligations themselves; a task scoring at least
/// `similarityThreshold` counts. A missing obligation always reports the most similar task and
/// its score, so a reviewer can see how close the plan came.
///
/// A mandated early plan is delivered by a phrase match, or by a similar task that speaks of a
/// plan ("kế hoạch"): a report on the same subject is close in wording but is not the plan.
///
/// Deadlines: a task is late when its timeline ends after the master's deadline. For a
/// mandated early plan the task's first milestone is used ("Ban hành kế hoạch trong Quý I,
/// tổ chức thực hiện trong năm" issues the plan in Quý I), for anything else its last.
public struct ObligationMatcher: Sendable {
    /// Parses a deadline text in the timeline grammar for a plan year.
    public typealias DeadlineParser = @Sendable (_ text: String, _ planYear: Int?) -> TimelineValue

    /// The similarity a task needs to count when no phrase matches. Chosen on the Quảng Trị
    /// samples with every phrase removed: tasks that do deliver an obligation scored 0.41–0.93,
    /// the best unrelated task up to 0.55. Phrases carry the precision; the similarity only has
    /// to catch rewordings, and a missed link (a false "missing") costs more trust than a
    /// loose one, so the threshold sits at the low end of the true links.
    public static let defaultSimilarityThreshold = 0.40

    /// Minimum cosine for a match without a phrase (see `defaultSimilarityThreshold`).
    public var similarityThreshold: Double
    private let parseDeadline: DeadlineParser

    /// - Parameters:
    ///   - similarityThreshold: minimum cosine for a match without a phrase.
    ///   - deadlineParser: the timeline grammar (injectable for tests).
    public init(similarityThreshold: Double = ObligationMatcher.defaultSimilarityThreshold,
                deadlineParser: @escaping DeadlineParser = { TimelineParser.parse($0, planYear: $1) }) {
        self.similarityThreshold = similarityThreshold
        self.parseDeadline = deadlineParser
    }

    /// One coverage row per owed obligation, in the order given.
    ///
    /// - Parameters:
    ///   - owed: from `ObligationSelector.obligations(for:in:)`.
    ///   - tasks: the plan's tasks.
    ///   - planYear: the plan's year, for timelines written without one.
    ///   - planDate: the plan's date of issue, for obligations the plan itself fulfils.
    public func match(_ owed: [OwedObligation], tasks: [PlanTask], planYear: Int?, planDate: CivilDate?) -> [CoverageRow] {
        let taskTitles = tasks.map { FoldedTokenizer.words($0.title.value) }
        let taskProducts = tasks.map { FoldedTokenizer.words($0.product?.value ?? "") }
        let taskTerms = tasks.indices.map { TextSimilarity.terms(taskTitles[$0] + taskProducts[$0]) }
        let obligationTerms = owed.map { TextSimilarity.terms(FoldedTokenizer.words(Self.describe($0.obligation))) }
        let model = TextSimilarity(documents: taskTerms + obligationTerms)
        let taskVectors = taskTerms.map(model.vector)

        return owed.enumerated().map { index, item in
            let obligation = item.obligation
            let master = obligation.deadline.map { parseDeadline($0, planYear) }
            var row = CoverageRow(
                obligationID: obligation.id, title: obligation.title, area: obligation.area, role: item.role,
                via: item.via.description, source: obligation.source, masterDeadline: obligation.deadline,
                mandatedEarlyPlan: obligation.mandatedEarlyPlan, condition: obligation.condition,
                confidence: obligation.confidence, deadlineReliable: obligation.deadlineIsReliable, status: .missing)

            if obligation.fulfilledByThisPlan {
                row.method = .thisPlan
                if let planDate {
                    if let end = master?.latestEnd, planDate > end { row.status = .late } else { row.status = .covered }
                } else {
                    row.status = .partial
                    row.missingFields = ["plan date"]
                }
                return row
            }

            let vector = model.vector(obligationTerms[index])
            let scores = taskVectors.map { TextSimilarity.cosine(vector, $0) }
            let patterns = obligation.recognise.map(PhrasePattern.init)
            var candidates: [(task: Int, phrase: String?)] = []
            for t in tasks.indices {
                if let hit = patterns.first(where: { $0.matches(taskTitles[t]) || $0.matches(taskProducts[t]) }) {
                    candidates.append((t, hit.text))
                }
            }
            let best = scores.indices.max { scores[$0] < scores[$1] }
            if candidates.isEmpty {
                // Every task close enough competes, so that a weak link to a late task never
                // hides an on-time one. A mandated plan is only delivered by a task that issues
                // a plan: a report on the same subject is close in wording but is not the plan.
                candidates = scores.indices.filter { t in
                    scores[t] >= similarityThreshold
                        && (!obligation.mandatedEarlyPlan || Self.issuesPlan(taskTitles[t]) || Self.issuesPlan(taskProducts[t]))
                }.map { ($0, nil) }
            }
            guard !candidates.isEmpty else {
                if let best {
                    row.closestTaskPath = tasks[best].path
                    row.closestScore = Self.rounded(scores[best])
                }
                return row
            }
            let judged = candidates.map { candidate -> (task: Int, phrase: String?, status: CoverageStatus, missing: [String]) in
                let (status, missing) = verdict(tasks[candidate.task], master: master, early: obligation.mandatedEarlyPlan,
                                                planYear: planYear)
                return (candidate.task, candidate.phrase, status, missing)
            }
            let chosen = judged.min { a, b in
                let ra = Self.rank(a.status), rb = Self.rank(b.status)
                return ra != rb ? ra < rb : scores[a.task] > scores[b.task]
            }!
            row.status = chosen.status
            row.method = chosen.phrase == nil ? .similarity : .phrase
            row.matchedPhrase = chosen.phrase
            row.taskPath = tasks[chosen.task].path
            row.planDeadline = tasks[chosen.task].timeline?.value
            row.score = Self.rounded(scores[chosen.task])
            row.missingFields = chosen.missing
            return row
        }
    }

    /// Status of one task against the master's deadline, and what it lacks.
    private func verdict(_ task: PlanTask, master: TimelineValue?, early: Bool, planYear: Int?) -> (CoverageStatus, [String]) {
        var missing: [String] = []
        if (task.product?.value ?? "").allSatisfy(\.isWhitespace) { missing.append("product") }
        let timelineText = task.timeline?.value ?? ""
        let value = timelineText.allSatisfy(\.isWhitespace) ? nil : (task.timelineValue ?? parseDeadline(timelineText, planYear))
        let taskEnd = early ? value?.earliestEnd : value?.latestEnd
        if value == nil {
            missing.append("timeline")
        } else if master?.latestEnd != nil && taskEnd == nil {
            missing.append("dated timeline")
        }
        if let masterEnd = master?.latestEnd, let taskEnd, taskEnd > masterEnd { return (.late, missing) }
        return (missing.isEmpty ? .covered : .partial, missing)
    }

    private static let planWords = PhrasePattern("kế hoạch")

    /// Whether the words speak of a plan ("kế hoạch").
    private static func issuesPlan(_ words: [String]) -> Bool { planWords.matches(words) }

    private static func rank(_ status: CoverageStatus) -> Int {
        switch status {
        case .covered: return 0
        case .partial: return 1
        case .late: return 2
        case .missing: return 3
        }
    }

    /// The obligation's words for similarity: title, activity, product and phrases.
    private static func describe(_ o: Obligation) -> String {
        let phrases = o.recognise.map { $0.replacingOccurrences(of: "…", with: " ") }
        return ([o.title, o.activity ?? "", o.product ?? ""] + phrases).joined(separator: " . ")
    }

    private static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
