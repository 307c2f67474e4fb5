import Foundation
import MasterPlans
import PlanModel
import PlanlintKit
import PlanRules
import Reporters

/// The one place the server calls PlanlintKit: lint, coverage and extract of one uploaded plan.
/// When PlanlintKit's single front-door call lands, only this file changes.
public struct PlanChecker: Sendable {
    /// Where uploads are written for the readers; files get server-chosen names only.
    public var scratchDirectory: URL

    public init(scratchDirectory: URL) { self.scratchDirectory = scratchDirectory }

    /// The outcome of checking one plan against one master pack and unit.
    public struct Outcome: Sendable {
        public var report: LintReport
        public var reportHTML: String
        public var coverage: [CoverageRow]
        public var missingAreas: [String]
        public var extractJSON: String
        public var figures: SubmissionFigures
    }

    /// A plan that cannot be read: the reader's message with the uploaded name, never the scratch path.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public func check(_ bytes: [UInt8], format: UploadFormat, displayName: String, pack: PackEntry, unitID: String) throws -> Outcome {
        try FileManager.default.createDirectory(at: scratchDirectory, withIntermediateDirectories: true)
        let url = scratchDirectory.appendingPathComponent("\(UUID().uuidString).\(format.rawValue)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let path = url.path
        func hide(_ text: String) -> String { text.replacingOccurrences(of: path, with: displayName) }

        var request = LintRequest(files: [path])
        request.masterPath = pack.path
        request.unitID = unitID
        request.language = "vi"
        // Configuration files are the plan author's business on the command line, not on the server.
        request.configPath = nil
        let result: LintResult
        do {
            result = try Linter.run(request)
        } catch {
            throw Unreadable(message: hide("\(error)"))
        }
        if let first = result.readErrors.first { throw Unreadable(message: hide(first)) }
        var report = result.report
        for i in report.files.indices {
            report.files[i].file.path = displayName
            for j in report.files[i].findings.indices {
                report.files[i].findings[j].file = displayName
                report.files[i].findings[j].message = hide(report.files[i].findings[j].message)
            }
        }
        let html = ReportFormat.html.reporter.render(report, options: ReportOptions(language: "vi", title: "Kết quả kiểm tra — \(displayName)"))

        let coverage: CoverageReport
        let extract: String
        do {
            coverage = try CoverageReport.build(planPath: path, packPath: pack.path, unitID: unitID)
            var plan = try PlanLoader.load(path: path)
            plan.source.path = displayName
            extract = try ExtractRenderer.render([plan], format: .json)
        } catch {
            throw Unreadable(message: hide("\(error)"))
        }
        var f = SubmissionFigures()
        let findings = report.allFindings
        f.errors = findings.filter { $0.severity == .error }.count
        f.warnings = findings.filter { $0.severity == .warning }.count
        f.infos = findings.filter { $0.severity == .info }.count
        for row in coverage.rows {
            switch row.status {
            case .covered: f.covered += 1
            case .late: f.late += 1
            case .partial: f.partial += 1
            case .missing: f.missing += 1
            }
            if row.mandatedEarlyPlan {
                f.earlyPlansOwed += 1
                if row.status != .missing { f.earlyPlansIssued += 1 }
            }
        }
        return Outcome(report: report, reportHTML: html, coverage: coverage.rows, missingAreas: coverage.missingAreas,
                       extractJSON: hide(extract), figures: f)
    }

    /// The findings as stored with a submission.
    public static func stored(_ report: LintReport) -> [StoredFinding] {
        report.allFindings.map {
            StoredFinding(ruleID: $0.ruleId, severity: $0.severity.rawValue, message: $0.message, path: $0.path,
                          line: $0.span?.start.line, column: $0.span?.start.column)
        }
    }
}
