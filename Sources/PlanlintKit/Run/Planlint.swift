import Foundation
import PlanModel
import PlanRules
import Reporters

/// The whole job behind one call — read, parse, evaluate, suppress, baseline (read and
/// write), render, exit policy — shared by the CLI and the web service.
public enum Planlint {
    /// Runs a check. `standardOutput` receives reports meant for standard output (the CLI
    /// prints them; a server passes a sink or asks for `.returned` instead).
    public static func check(_ job: CheckJob, standardOutput: (String) -> Void = { _ in }) -> CheckOutcome {
        // A broken configuration, rule file or pack costs only what depends on it: the
        // other plans are still checked and reported, and the run exits 2.
        var result = Linter.runKeepingGoing(job.lint)
        let english2 = result.language == "en"
        var diagnostics = result.readErrors + result.ruleErrors + result.warnings
        // An empty report because no rule ran must never pass for a clean plan.
        if result.report.rules.isEmpty && !job.lint.inputs.isEmpty && result.ruleErrors.isEmpty {
            diagnostics.append("planlint: " + BuiltinRules.noRulesMessage(english: english2))
            return CheckOutcome(exitCode: 2, diagnostics: diagnostics, report: result.report)
        }
        var failed = !result.readErrors.isEmpty || !result.ruleErrors.isEmpty
        if let path = job.writeBaselinePath {
            let root = (path as NSString).deletingLastPathComponent
            do {
                try Baseline(report: result.report, root: root.isEmpty ? "." : root).write(to: path)
            } catch {
                diagnostics.append(error.line(english: english2))
                failed = true
            }
        }
        if let path = job.baselinePath {
            do {
                result.report = try Baseline.load(path: path).filter(result.report)
            } catch {
                // The findings are still reported, unfiltered: an unreadable baseline must not
                // hide the report, and exit 2 says the run was not done as asked.
                diagnostics.append(error.line(english: english2))
                failed = true
            }
        }
        var rendered: [ReportFormat: String] = [:]
        for output in job.outputs {
            let toTerminal = output.destination == .standardOutput
            let options = ReportOptions(language: result.language,
                                        useColor: toTerminal && output.format == .text && job.colorOnStandardOutput,
                                        baseDirectory: job.baseDirectory ?? FileManager.default.currentDirectoryPath)
            let text = output.format.reporter.render(result.report, options: options)
            switch output.destination {
            case .standardOutput:
                standardOutput(text.hasSuffix("\n") ? text : text + "\n")
            case .returned:
                rendered[output.format] = text
            case .file(let path):
                do {
                    try ReportFile.write(text, to: path)
                } catch {
                    failed = true
                    diagnostics.append(english2
                        ? "\(path): cannot write the report: \(error.localizedDescription)"
                        : "\(path): không ghi được tệp kết quả: \(error.localizedDescription)")
                }
            }
        }
        let code: Int32 = failed ? 2 : (result.report.allFindings.contains { $0.severity >= job.failOn } ? 1 : 0)
        return CheckOutcome(exitCode: code, diagnostics: diagnostics, report: result.report, rendered: rendered)
    }
}
