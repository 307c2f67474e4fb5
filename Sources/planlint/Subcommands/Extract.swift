import ArgumentParser
import PlanlintKit
import PlanReaders
import Reporters

extension PlanlintCommand {
    /// `planlint extract FILE...`: prints the document model (the public JSON contract).
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "In mô hình văn bản của kế hoạch (JSON/YAML) — print the plan's document model.")

        @Argument(help: "Tệp kế hoạch (.txt, .md, .docx, .pdf) — plan files.")
        var files: [String]

        @Option(help: "json | yaml")
        var format: ExtractRenderer.Format = .json

        @Option(help: "vi | en — ngôn ngữ thông báo lỗi.")
        var lang: Language = .vi

        func run() throws {
            let outcome = Planlint.extract(files.map(PlanInput.init(path:)), format: format, english: lang == .en)
            if let output = outcome.output { print(output) }
            for line in outcome.diagnostics { Console.error(line) }
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        }
    }
}

extension ExtractRenderer.Format: ExpressibleByArgument {}
