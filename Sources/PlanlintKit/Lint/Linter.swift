import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanRules

/// Lints many plans: reads, parses, evaluates, and gathers a report. The CLI and the
/// future web UI both call this; nothing here assumes one file at a time.
public enum Linter {
    public static func run(_ request: LintRequest) throws(RuleFileIssue) -> LintResult {
        // Configuration and rules first (cheap, and errors stop the run); then the files,
        // in parallel: each is independent, and a province's intake is hundreds of them.
        var ruleCache: [String: (RuleSet, Configuration)] = [:]
        var masterCache: [String: MasterPlanContext] = [:]
        var jobs: [(input: PlanInput, rules: RuleSet, config: Configuration, master: MasterPlanContext?)] = []
        for input in request.inputs {
            let path = input.displayPath
            let configFile = request.configPath ?? Configuration.discover(for: path)
            let key = configFile ?? ""
            if ruleCache[key] == nil {
                let config = try configFile.map { f throws(RuleFileIssue) in try Configuration.load(file: f) } ?? Configuration()
                var paths = request.rulePaths + config.packs
                if request.useBuiltinRules && config.builtin { paths = BuiltinRules.packPaths + paths }
                let rules = try RuleSet.load(paths: paths)
                try config.checkRuleIDs(known: Set(rules.rules.map(\.id)))
                ruleCache[key] = (rules, config)
            }
            let (rules, config) = ruleCache[key]!
            var master: MasterPlanContext?
            if let packPath = (request.masterPath ?? config.master).map(BuiltinRules.resolveMaster) {
                if masterCache[packPath] == nil { masterCache[packPath] = try MasterPlanContext.load(packPath: packPath) }
                master = masterCache[packPath]
                // A misspelt unit id stops the run instead of silently skipping the obligations.
                if let id = request.unitID ?? config.unit {
                    do { _ = try master?.unit(id: id, writtenAt: request.unitID == nil ? config.unitSpan : nil) } catch { throw error.issue }
                }
            }
            jobs.append((input, rules, config, master))
        }
        let language = request.language ?? jobs.first?.config.language ?? "vi"
        let outcomes = ParallelMap.map(jobs) { job -> Result<(FileReport, [String]), PlanReadError> in
            switch load(job.input) {
            case .failure(let error):
                return .failure(error)
            case .success(let (source, plan)):
                let options = EvaluationOptions(mode: request.mode ?? job.config.mode ?? .draft, language: language,
                                                overrides: job.config.overrides,
                                                master: try? job.master?.forPlan(plan, unitID: request.unitID ?? job.config.unit))
                let all = RuleEvaluator.evaluate(plan, rules: job.rules.rules, options: options)
                // Inline "<!-- planlint-disable … -->" markers silence findings in plans kept in repositories.
                let suppressions = Suppressions.parse(source)
                let findings = suppressions.filter(all).kept
                let english = language == "en"
                let warnings = suppressions.problems(english: english)
                    + suppressions.unknownRuleProblems(knownRuleIds: Set(job.rules.rules.map { $0.id })).map { $0.line(english: english) }
                return .success((FileReport(file: source.file, findings: findings, excerpts: excerpts(findings, source)), warnings))
            }
        }
        var files: [FileReport] = []
        var readErrors: [String] = []
        var warnings: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let (report, w)): files.append(report); warnings += w
            case .failure(let error): readErrors.append(error.line(english: language == "en"))
            }
        }
        var descriptors: [String: RuleDescriptor] = [:]
        for (set, _) in ruleCache.values { for r in set.rules { descriptors[r.id] = r.descriptor } }
        let report = LintReport(files: files, rules: descriptors.values.sorted { $0.id < $1.id },
                                toolVersion: PlanlintVersion.current, language: language)
        var result = LintResult(report: report, readErrors: readErrors, language: language)
        result.warnings = warnings
        // Sorted by key so the lines do not depend on dictionary order; two configurations
        // loading the same pack give its line once.
        var seenRuleErrors: Set<String> = []
        result.ruleErrors = ruleCache.sorted { $0.key < $1.key }
            .flatMap { $0.value.0.exhaustedPatterns }.map { $0.line(english: language == "en") }
            .filter { seenRuleErrors.insert($0).inserted }
        return result
    }

    static func load(_ input: PlanInput) -> Result<(SourceText, Plan), PlanReadError> {
        do throws(PlanReadError) {
            return .success(try DocumentLoader.load(input))
        } catch {
            return .failure(error)
        }
    }

    static func excerpts(_ findings: [Finding], _ source: SourceText) -> [Int: String] {
        source.excerpts(for: findings.compactMap(\.span))
    }
}
