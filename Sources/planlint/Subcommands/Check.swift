import ArgumentParser
import Foundation
import PlanModel
import PlanlintKit
import PlanRules
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

        @Option(name: .customLong("rules"), help: "Thêm tệp hoặc thư mục quy tắc (lặp lại được) — extra rule packs.")
        var rulePaths: [String] = []

        @Option(help: "Tệp cấu hình (mặc định: .planlint.yaml gần nhất) — configuration file.")
        var config: String?

        @Option(help: "draft | final — bản dự thảo hay văn bản ban hành (mặc định: draft).")
        var mode: PlanMode?

        @Option(name: .customLong("format"), help: "text | json | sarif | junit | github | gitlab | markdown | html (lặp lại được).")
        var formats: [ReportFormat] = []

        @Option(name: .customLong("output"), help: "Tệp kết quả cho từng --format theo thứ tự (mặc định: màn hình).")
        var outputs: [String] = []

        @Option(name: .customLong("fail-on"), help: "error | warning | info — mức gây mã thoát 1 (mặc định: error).")
        var failOn: Severity = .error

        @Option(help: "vi | en")
        var lang: Language?

        @Flag(name: .customLong("no-builtin"), help: "Không dùng bộ quy tắc có sẵn — use only --rules.")
        var noBuiltin = false

        @Option(help: "Gói kế hoạch CCHC của tỉnh, ví dụ rules/masters/quang-tri/2022.yaml — master-plan pack.")
        var master: String?

        @Option(help: "Mã đơn vị trong danh mục của tỉnh (mặc định: nhận từ phần đầu văn bản) — unit id.")
        var unit: String?

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
            // Folders, globs and stdin become files here (InputExpansion); stdin is spooled.
            var spool = StandardInputSpool()
            defer { spool.removeFiles() }
            let inputs: [PlanInput]
            do {
                inputs = try InputExpansion.expand(files, options: .init(stdinFilename: stdinFilename, configPath: config))
            } catch let e as InputExpansionError {
                Console.error(e.line(english: lang == .en))
                throw ExitCode(2)
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
            var request = LintRequest(files: try inputs.map { try spool.path(for: $0) })
            if config == nil, let name = stdinFilename, inputs.count == 1, inputs[0].isStandardInput {
                request.configPath = Configuration.discover(for: name)
            }
            request.rulePaths = rulePaths
            if config != nil { request.configPath = config }
            request.mode = mode
            request.language = lang?.rawValue
            request.useBuiltinRules = !noBuiltin
            request.masterPath = master.map(BuiltinRules.resolveMaster)
            request.unitID = unit
            var result: LintResult
            do {
                result = try Linter.run(request)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
            result.report = spool.restoringNames(result.report)
            for line in result.readErrors + result.warnings { Console.error(spool.restoringNames(line)) }
            let english = result.language == "en"
            if result.report.rules.isEmpty && !result.report.files.isEmpty {
                Console.error("planlint: " + BuiltinRules.noRulesMessage(english: english))
                throw ExitCode(2)
            }
            if let path = writeBaseline {
                let root = (path as NSString).deletingLastPathComponent
                do {
                    try Baseline(report: result.report, root: root.isEmpty ? "." : root).write(to: path)
                } catch {
                    Console.error(error.line(english: english))
                    throw ExitCode(2)
                }
            }
            if let path = baseline {
                do {
                    result.report = try Baseline.load(path: path).filter(result.report)
                } catch {
                    Console.error(error.line(english: english))
                    throw ExitCode(2)
                }
            }
            let formats = self.formats.isEmpty ? [ReportFormat.text] : self.formats
            for (i, format) in formats.enumerated() {
                let toFile = i < outputs.count && outputs[i] != "-"
                let options = ReportOptions(language: result.language,
                                            useColor: !toFile && format == .text && Terminal.wantsColor,
                                            baseDirectory: FileManager.default.currentDirectoryPath)
                let rendered = format.reporter.render(result.report, options: options)
                if toFile {
                    do {
                        try rendered.write(toFile: outputs[i], atomically: true, encoding: .utf8)
                    } catch {
                        Console.error("\(outputs[i]): không ghi được tệp kết quả — cannot write: \(error.localizedDescription)")
                        throw ExitCode(2)
                    }
                } else {
                    print(rendered, terminator: rendered.hasSuffix("\n") ? "" : "\n")
                }
            }
            let code = ExitPolicy.code(for: result, failOn: failOn)
            if code != 0 { throw ExitCode(code) }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension PlanMode: ExpressibleByArgument {}
