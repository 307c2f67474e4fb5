import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanRules

/// Lints many plans: reads, parses, evaluates, and gathers a report. The CLI and the
/// future web UI both call this; nothing here assumes one file at a time.
public enum Linter {
    public static func run(_ request: LintRequest) throws(RuleFileIssue) -> LintResult {
        var readErrors: [String] = []
        var files: [FileReport] = []
        var ruleCache: [String: (RuleSet, Configuration)] = [:]
        var descriptors: [String: RuleDescriptor] = [:]
        var language = request.language ?? "vi"
        for path in request.files {
            let configFile = request.configPath ?? Configuration.discover(for: path)
            let key = configFile ?? ""
            if ruleCache[key] == nil {
                let config = try configFile.map { f throws(RuleFileIssue) in try Configuration.load(file: f) } ?? Configuration()
                var paths = request.rulePaths + config.packs
                if request.useBuiltinRules && config.builtin { paths = BuiltinRules.packPaths + paths }
                ruleCache[key] = (try RuleSet.load(paths: paths), config)
            }
            let (rules, config) = ruleCache[key]!
            language = request.language ?? config.language ?? language
            let source: SourceText
            let plan: Plan
            do {
                (source, plan) = try DocumentLoader.load(path: path)
            } catch {
                readErrors.append(error.line(english: language == "en"))
                continue
            }
            let options = EvaluationOptions(mode: request.mode ?? config.mode ?? .draft, language: language,
                                            overrides: config.overrides)
            let findings = RuleEvaluator.evaluate(plan, rules: rules.rules, options: options)
            for r in rules.rules { descriptors[r.id] = r.descriptor }
            files.append(FileReport(file: source.file, findings: findings, excerpts: excerpts(findings, source)))
        }
        let report = LintReport(files: files, rules: descriptors.values.sorted { $0.id < $1.id },
                                toolVersion: PlanlintVersion.current, language: language)
        return LintResult(report: report, readErrors: readErrors, language: language)
    }

    /// The original lines findings point at (start and end lines), for quoting.
    static func excerpts(_ findings: [Finding], _ source: SourceText) -> [Int: String] {
        var out: [Int: String] = [:]
        var byNumber: [Int: String] = [:]
        for l in source.lines { byNumber[l.number] = l.generatedPrefix + l.text }
        for f in findings {
            guard let s = f.span else { continue }
            for n in [s.start.line, s.end.line] { if let t = byNumber[n] { out[n] = t } }
        }
        return out
    }
}
