import ArgumentParser
import Foundation
import PlanlintKit
import PlanModel

extension PlanlintCommand {
    /// `planlint extract FILE...`: prints the document model (the public JSON contract).
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "In mô hình văn bản của kế hoạch (JSON/YAML) — print the plan's document model.")

        @Argument(help: "Tệp kế hoạch (.txt, .md, .docx) — plan files.")
        var files: [String]

        @Option(help: "json | yaml")
        var format: ExtractRenderer.Format = .json

        @Option(help: "vi | en — ngôn ngữ thông báo lỗi.")
        var lang: Language = .vi

        func run() throws {
            var plans: [Plan] = []
            var failed = false
            for result in PlanLoader.load(paths: files) {
                switch result {
                case .success(let plan): plans.append(plan)
                case .failure(let error):
                    failed = true
                    Console.error(error.line(english: lang == .en))
                }
            }
            if !plans.isEmpty {
                print(try ExtractRenderer.render(plans, format: format))
            }
            if failed { throw ExitCode(2) }
        }
    }
}

extension ExtractRenderer.Format: ExpressibleByArgument {}
