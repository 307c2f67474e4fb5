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

        @Argument(help: "Tệp, thư mục, mẫu glob hoặc - (đầu vào chuẩn); .txt .md .docx .pdf — plan files, folders, globs or - for stdin.")
        var files: [String]

        @Option(name: .customLong("stdin-filename"), help: "Tên tệp cho đầu vào chuẩn (-), ví dụ ke-hoach.txt — the name of the plan read from stdin.")
        var stdinFilename: String?

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
            // Folders, globs and standard input become the list of plans (InputExpansion);
            // an argument that names no plan is one line, and the others are still checked.
            let expansion = InputExpansion.expandKeepingGoing(files, options: .init(stdinFilename: stdinFilename, configPath: lint.config))
            for problem in expansion.problems { Console.error(problem.line(english: lint.lang == .en)) }
            let inputs = expansion.inputs
            if inputs.isEmpty && !expansion.problems.isEmpty { throw ExitCode(2) }
            var job = CheckJob(lint: lint.request(inputs: inputs.map(\.planInput)))
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
            let code = expansion.problems.isEmpty ? outcome.exitCode : 2
            if code != 0 { throw ExitCode(code) }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
