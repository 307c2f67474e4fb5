import Foundation
import PlanModel
import PlanRules

/// `.planlint.yaml`: what to check and how, discovered upward from each plan like `.gitignore`.
///
/// ```yaml
/// version: 1
/// packs: [rules/extra]        # more rule files or folders, relative to this file
/// builtin: true               # include the shipped packs (default true)
/// mode: final                 # draft | final
/// lang: vi                    # vi | en
/// unit: so-tu-phap            # the unit the plans belong to (master-plan coverage)
/// master: rules/masters/quang-tri/2022.yaml
/// rules:
///   task.coordinating.missing: off
///   numbering.gap: error
/// ```
public struct Configuration: Sendable {
    public var file: String?
    public var packs: [String] = []
    public var builtin = true
    public var mode: PlanMode?
    public var language: String?
    public var unit: String?
    /// Where `unit:` was written, so a misspelt id is reported at its line and column.
    public var unitSpan: SourceSpan?
    public var master: String?
    /// Per-rule severity, or nil for `off`.
    public var overrides: [String: Severity?] = [:]
    /// Where each rule id under `rules:` was written, so a misspelt id is reported there.
    public var overrideSpans: [String: SourceSpan] = [:]
    /// Globs (`.gitignore` syntax, relative to this file) left out when a folder or glob is checked.
    public var exclude: [String] = []

    public init() {}

    static let keys = ["version", "packs", "builtin", "mode", "lang", "unit", "master", "rules", "exclude"]
    public static let fileName = ".planlint.yaml"

    public static func load(file: String) throws(RuleFileIssue) -> Configuration {
        let root = try DataFile.read(file)
        let d = try root.requireKeys("the configuration", allowed: keys)
        var c = Configuration()
        c.file = file
        let base = (file as NSString).deletingLastPathComponent
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : (base as NSString).appendingPathComponent(p) }
        if let v = d["version"], try v.text("version") != "1" {
            throw RuleFileIssue(v.span, vi: "phiên bản không được hỗ trợ; planlint này đọc version 1",
                                en: "unsupported version; this planlint reads version 1")
        }
        if let v = d["packs"] { c.packs = try v.texts("packs").map(resolve) }
        if let v = d["builtin"] { c.builtin = try v.bool("builtin") }
        if let v = d["mode"] {
            guard let m = PlanMode(rawValue: try v.text("mode")) else {
                throw RuleFileIssue(v.span, vi: "mode phải là draft hoặc final", en: "mode must be draft or final")
            }
            c.mode = m
        }
        if let v = d["lang"] {
            let l = try v.text("lang")
            guard l == "vi" || l == "en" else { throw RuleFileIssue(v.span, vi: "lang phải là vi hoặc en", en: "lang must be vi or en") }
            c.language = l
        }
        if let v = d["unit"] {
            c.unit = try v.text("unit")
            c.unitSpan = v.span
        }
        if let v = d["master"] { c.master = resolve(try v.text("master")) }
        if let v = d["exclude"] { c.exclude = try v.texts("exclude") }
        if let v = d["rules"] {
            for (id, keySpan, value) in try v.mapping("rules") {
                c.overrideSpans[id] = keySpan
                let s = try value.text("rules.\(id)")
                if s == "off" { c.overrides[id] = .some(nil); continue }
                guard let sev = Severity(rawValue: s) else {
                    throw RuleFileIssue(value.span, vi: "rules.\(id) phải là off, error, warning hoặc info",
                                        en: "rules.\(id) must be off, error, warning or info")
                }
                c.overrides[id] = .some(sev)
            }
        }
        return c
    }

    /// Every rule id under `rules:` must name a loaded rule: a misspelt id would otherwise
    /// leave the rule at its default severity without a word.
    public func checkRuleIDs(known: Set<String>) throws(RuleFileIssue) {
        for (id, span) in overrideSpans.sorted(by: { ($0.value.start.line, $0.value.start.column) < ($1.value.start.line, $1.value.start.column) })
        where !known.contains(id) {
            var vi = "không có luật '\(id)'", en = "no rule '\(id)'"
            if let s = Suggestion.closest(to: id, in: Array(known)) {
                vi += " (có phải '\(s)'?)"
                en += " (did you mean '\(s)'?)"
            }
            throw RuleFileIssue(span, vi: vi + "; xem `planlint rules`", en: en + "; see `planlint rules`")
        }
    }

    /// The nearest `.planlint.yaml` in the plan's folder or above, if any.
    public static func discover(for planPath: String) -> String? {
        var dir = URL(fileURLWithPath: planPath).standardizedFileURL.deletingLastPathComponent()
        while true {
            let candidate = dir.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }
}
