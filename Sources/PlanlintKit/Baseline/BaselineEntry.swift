import Foundation
import PlanModel

extension Baseline {
    /// Findings recorded for one (file, rule, text) identity, with how many there were.
    public struct Entry: Codable, Sendable, Hashable, Comparable {
        /// The plan's path relative to the baseline file's folder ("/" separators).
        public var file: String
        public var ruleId: String
        /// Normalised evidence (or message when a finding has none): see `Baseline.key(for:)`.
        public var key: String
        public var count: Int

        public init(file: String, ruleId: String, key: String, count: Int) {
            self.file = file
            self.ruleId = ruleId
            self.key = key
            self.count = count
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.ruleId, a.key, a.count) < (b.file, b.ruleId, b.key, b.count)
        }

        var identity: Identity { Identity(file: file, ruleId: ruleId, key: key) }
    }

    /// What a finding is matched on: never its line, so edits above it do not resurrect it.
    struct Identity: Hashable, Sendable {
        var file: String
        var ruleId: String
        var key: String
    }

    /// The text a finding is keyed on: its evidence, else its message, in NFC, lower case,
    /// whitespace runs collapsed (the same canonical form as the reporters' fingerprints),
    /// so a re-typed or re-wrapped line keeps its key.
    public static func key(for finding: Finding) -> String {
        let text = finding.evidence ?? finding.message
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
