import Foundation
import PlanModel

/// Stable identities for findings, for SARIF `partialFingerprints` and GitLab `fingerprint`.
///
/// A fingerprint hashes the rule id, the displayed file path and the normalised evidence
/// (or message when there is none) — never the line number — so a finding keeps its
/// identity when lines are inserted above it and a re-saved plan does not resurrect it.
/// Identical findings in one file are told apart by their occurrence number.
enum Fingerprint {
    /// 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 lower-case hex digits.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Canonical form of evidence text: NFC, lower case, whitespace runs collapsed, so a
    /// re-typed or re-wrapped line keeps its fingerprint.
    static func normalised(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Fingerprints for `findings` of one file (in report order) shown as `path`.
    static func assign(_ findings: [Finding], path: String) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = [finding.ruleId, path, normalised(finding.evidence ?? finding.message)]
                .joined(separator: "\u{1F}")
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            return fnv1a64(occurrence == 1 ? key : key + "\u{1F}\(occurrence)")
        }
    }
}
