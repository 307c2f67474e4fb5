import ArgumentParser
import Foundation
import PlanlintKit
import PlanModel
import Reporters

extension PlanlintCommand {
    /// `planlint check FILE...`: reports every gap with file, line and column.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kiểm tra kế hoạch theo bộ quy tắc — check plans against the rule packs.")

        @Argument(help: "Tệp kế hoạch (.txt, .md, .docx, .pdf) — plan files.")
        var files: [String]

        @OptionGroup var lint: LintOptions

        @Option(name: .customLong("format"), help: "text | json | sarif | junit | github | gitlab | markdown | html (lặp lại được).")
        var formats: [ReportFormat] = []

        @Option(name: .customLong("output"), help: "Tệp kết quả cho từng --format theo thứ tự (mặc định: màn hình).")
        var outputs: [String] = []

        @Option(name: .customLong("fail-on"), help: "error | warning | info — mức gây mã thoát 1 (mặc định: error).")
        var failOn: Severity = .error

        @Option(help: "Chỉ báo lỗi mới so với tệp đường cơ sở — report only findings not in this baseline.")
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: "Ghi các lỗi hiện có vào tệp đường cơ sở — record today's findings.")
        var writeBaseline: String?

        func validate() throws {
            if outputs.count > max(formats.count, 1) {
                throw ValidationError("Có \(outputs.count) --output nhưng chỉ \(max(formats.count, 1)) --format — one --output per --format.")
            }
        }

        func run() throws {
            var job = CheckJob(lint: lint.request(files: files))
            job.baselinePath = baseline
            job.writeBaselinePath = writeBaseline
            job.failOn = failOn
            job.colorOnStandardOutput = Terminal.wantsColor
            job.outputs = (formats.isEmpty ? [.text] : formats).enumerated().map { i, format in
                let toFile = i < outputs.count && outputs[i] != "-"
                return CheckJob.Output(format: format, destination: toFile ? .file(outputs[i]) : .standardOutput)
            }
            let outcome = Planlint.check(job) { print($0, terminator: "") }
            for line in outcome.diagnostics { Console.error(line) }
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
