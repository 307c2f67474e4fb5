import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanRules

/// Lints many plans: reads, parses, evaluates, and gathers a report. The CLI and the
/// future web UI both call this; nothing here assumes one file at a time.
public enum Linter {
    /// Lints strictly: a broken configuration, rule file or master pack throws before any
    /// plan is read. Library callers that want all-or-nothing use this.
    public static func run(_ request: LintRequest) throws(RuleFileIssue) -> LintResult {
        let prepared = prepare(request)
        if let first = prepared.setupIssues.first { throw first }
        return lint(request, prepared)
    }

    /// Lints every plan that can be linted: a broken configuration skips the plans it
    /// governs, a broken rule file or master pack is left out, and each such fault is one
    /// line in `ruleErrors` (exit 2), so the other plans' reports are still produced.
    public static func runKeepingGoing(_ request: LintRequest) -> LintResult {
        lint(request, prepare(request))
    }

    struct Job {
        var input: PlanInput
        var rules: RuleSet
        var config: Configuration
        var master: MasterPlanContext?
    }

    struct Prepared {
        var jobs: [Job] = []
        var ruleSets: [(key: String, rules: RuleSet)] = []
        var setupIssues: [RuleFileIssue] = []
    }

    /// Configuration and rules first (cheap); each configuration, rule file and pack once.
    static func prepare(_ request: LintRequest) -> Prepared {
        var prepared = Prepared()
        var ruleCache: [String: (RuleSet, Configuration)?] = [:]
        var masterCache: [String: MasterPlanContext?] = [:]
        var seenIssues: Set<String> = []
        func note(_ issue: RuleFileIssue) {
            if seenIssues.insert(issue.line(english: true)).inserted { prepared.setupIssues.append(issue) }
        }
        for input in request.inputs {
            let path = input.displayPath
            let configFile = request.configPath ?? Configuration.discover(for: path)
            let key = configFile ?? ""
            if ruleCache[key] == nil {
                do throws(RuleFileIssue) {
                    let config = try configFile.map { f throws(RuleFileIssue) in try Configuration.load(file: f) } ?? Configuration()
                    var paths = request.rulePaths + config.packs
                    if request.useBuiltinRules && config.builtin { paths = BuiltinRules.packPaths + paths }
                    let (rules, broken) = RuleSet.loadKeepingGoing(paths: paths)
                    broken.forEach(note)
                    do throws(RuleFileIssue) { try config.checkRuleIDs(known: Set(rules.rules.map(\.id))) } catch { note(error) }
                    ruleCache[key] = .some((rules, config))
                    prepared.ruleSets.append((key, rules))
                } catch {
                    // The plans this configuration governs cannot be checked as their authors asked.
                    note(error)
                    ruleCache[key] = .some(nil)
                }
            }
            guard let (rules, config) = ruleCache[key] ?? nil else { continue }
            var master: MasterPlanContext?
            if let packPath = (request.masterPath ?? config.master).map(BuiltinRules.resolveMaster) {
                if masterCache[packPath] == nil {
                    do throws(RuleFileIssue) { masterCache[packPath] = .some(try MasterPlanContext.load(packPath: packPath)) } catch {
                        note(error)
                        masterCache[packPath] = .some(nil)
                    }
                }
                master = masterCache[packPath] ?? nil
                // A misspelt unit id is a fault of the run, never a silent skip of the obligations.
                if let id = request.unitID ?? config.unit, let context = master {
                    do { _ = try context.unit(id: id, writtenAt: request.unitID == nil ? config.unitSpan : nil) } catch {
                        note(error.issue)
                        master = nil
                    }
                }
            }
            prepared.jobs.append(Job(input: input, rules: rules, config: config, master: master))
        }
        return prepared
    }

    static func lint(_ request: LintRequest, _ prepared: Prepared) -> LintResult {
        let jobs = prepared.jobs
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
        for (_, set) in prepared.ruleSets { for r in set.rules { descriptors[r.id] = r.descriptor } }
        let report = LintReport(files: files, rules: descriptors.values.sorted { $0.id < $1.id },
                                toolVersion: PlanlintVersion.current, language: language)
        var result = LintResult(report: report, readErrors: readErrors, language: language)
        result.warnings = warnings
        // Sorted by key so the lines do not depend on dictionary order; two configurations
        // loading the same pack give its line once.
        var seenRuleErrors: Set<String> = []
        result.ruleErrors = (prepared.setupIssues.map { $0.line(english: language == "en") }
            + prepared.ruleSets.sorted { $0.key < $1.key }
                .flatMap { $0.rules.exhaustedPatterns }.map { $0.line(english: language == "en") })
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
