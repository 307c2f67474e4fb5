import Foundation
import PlanModel

/// Findings a team has accepted for now, so CI reports only new ones
/// (`--write-baseline FILE`, then `--baseline FILE`).
///
/// Entries are keyed on (plan path, rule id, normalised evidence) with a count, as
/// SwiftLint's baseline is, never on line numbers: a paragraph inserted above a finding
/// does not bring it back. Plan paths are stored relative to the baseline file's folder,
/// so a baseline committed at a repository's root works from any working directory.
///
/// File format (sorted, stable, diff-friendly):
///
///     { "version": 1, "tool": "planlint",
///       "entries": [ { "file": "ke-hoach/a.txt", "ruleId": "task.product.missing",
///                      "key": "<normalised evidence>", "count": 1 } ] }
///
/// A finding without evidence is keyed on its message, which is in the run's language:
/// write and use a baseline with the same `lang`.
public struct Baseline: Codable, Sendable {
    public var version = 1
    public var tool = "planlint"
    /// Sorted by file, rule, key.
    public var entries: [Entry]
    /// Absolute folder that entry paths are relative to (the baseline file's folder once
    /// loaded or written). Not stored in the file.
    public var root: String

    private enum CodingKeys: String, CodingKey { case version, tool, entries }

    /// Records every finding of `report`. Plan paths in the report are taken as given
    /// (relative to the working directory); entries are made relative to `root`.
    public init(report: LintReport, root: String = FileManager.default.currentDirectoryPath) {
        let cwd = FileManager.default.currentDirectoryPath
        let base = BaselinePath.standardised(BaselinePath.absolute(root, base: cwd))
        var counts: [Identity: Int] = [:]
        for finding in report.allFindings {
            counts[Self.identity(of: finding, root: base, cwd: cwd), default: 0] += 1
        }
        self.entries = counts.map { Entry(file: $0.key.file, ruleId: $0.key.ruleId, key: $0.key.key, count: $0.value) }.sorted()
        self.root = base
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        tool = try c.decodeIfPresent(String.self, forKey: .tool) ?? "planlint"
        entries = try c.decode([Entry].self, forKey: .entries).sorted()
        root = FileManager.default.currentDirectoryPath
    }

    /// Reads a baseline file; entry paths become relative to its folder.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        var baseline = try BaselineFileSchema.load(path)
        let cwd = FileManager.default.currentDirectoryPath
        baseline.root = BaselinePath.folder(of: BaselinePath.absolute(path, base: cwd))
        return baseline
    }

    /// Writes the baseline as sorted, pretty-printed JSON, with plan paths relative to
    /// the folder of `path`.
    public func write(to path: String) throws(BaselineError) {
        let cwd = FileManager.default.currentDirectoryPath
        let folder = BaselinePath.folder(of: BaselinePath.absolute(path, base: cwd))
        var copy = self
        copy.rebase(to: folder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(copy)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw BaselineError(file: path, message: "Không ghi được tệp baseline: \(error.localizedDescription)",
                                messageEn: "Cannot write the baseline file: \(error.localizedDescription)")
        }
    }

    /// The report without the findings the baseline accepts. Each entry absorbs at most
    /// `count` findings of its identity, in report order; any more are new and kept.
    public func filter(_ report: LintReport) -> LintReport { apply(to: report).report }

    /// What `filter` does, with how many findings were absorbed and which entries no
    /// longer match anything (fixed since the baseline was written; time to rewrite it).
    public func apply(to report: LintReport) -> (report: LintReport, absorbed: Int, stale: [Entry]) {
        let cwd = FileManager.default.currentDirectoryPath
        var remaining: [Identity: Int] = [:]
        for entry in entries { remaining[entry.identity, default: 0] += entry.count }
        var absorbed = 0
        var out = report
        for i in out.files.indices {
            let kept = out.files[i].findings.filter { finding in
                let id = Self.identity(of: finding, root: root, cwd: cwd)
                guard let left = remaining[id], left > 0 else { return true }
                remaining[id] = left - 1
                absorbed += 1
                return false
            }
            guard kept.count != out.files[i].findings.count else { continue }
            out.files[i].findings = kept
            let lines = Set(kept.compactMap(\.span).flatMap { [$0.start.line, $0.end.line] })
            out.files[i].excerpts = out.files[i].excerpts.filter { lines.contains($0.key) }
        }
        let stale = entries.filter { remaining[$0.identity] == $0.count }
        return (out, absorbed, stale)
    }

    /// Re-expresses entry paths relative to another folder (absolute).
    mutating func rebase(to folder: String) {
        guard folder != root else { return }
        var counts: [Identity: Int] = [:]
        for e in entries {
            let file = BaselinePath.relative(BaselinePath.absolute(e.file, base: root), to: folder)
            counts[Identity(file: file, ruleId: e.ruleId, key: e.key), default: 0] += e.count
        }
        entries = counts.map { Entry(file: $0.key.file, ruleId: $0.key.ruleId, key: $0.key.key, count: $0.value) }.sorted()
        root = folder
    }

    static func identity(of finding: Finding, root: String, cwd: String) -> Identity {
        let file = BaselinePath.relative(BaselinePath.absolute(finding.file, base: cwd), to: root)
        return Identity(file: file, ruleId: finding.ruleId, key: key(for: finding))
    }
}
