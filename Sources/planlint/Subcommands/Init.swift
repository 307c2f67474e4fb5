import ArgumentParser
import Foundation
import PlanModel
import PlanlintKit
import PlanRules

extension PlanlintCommand {
    /// `planlint init`: writes a commented `.planlint.yaml`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tạo tệp cấu hình .planlint.yaml có chú thích — write a commented .planlint.yaml.")

        @Option(name: .customLong("from"), help: "Kế hoạch mẫu để nhận năm, tỉnh, đơn vị — a plan to detect year, province and unit from.")
        var plan: String?

        @Option(help: "Gói kế hoạch CCHC của tỉnh, ví dụ quang-tri/2022 — master-plan pack.")
        var master: String?

        @Option(help: "Tỉnh (chọn gói có sẵn của tỉnh) — province, e.g. quang-tri.")
        var province: String?

        @Option(help: "Năm kế hoạch — the plans' year.")
        var year: Int?

        @Option(help: "Mã đơn vị — unit id.")
        var unit: String?

        @Option(help: "draft | final")
        var mode: PlanMode = .draft

        @Option(help: "vi | en")
        var lang: Language = .vi

        @Option(help: "Tệp ghi ra (mặc định: .planlint.yaml; - là màn hình) — output file.")
        var output = ".planlint.yaml"

        @Flag(help: "Ghi đè tệp đã có — overwrite an existing file.")
        var force = false

        func run() throws {
            var template = ConfigurationTemplate()
            template.mode = mode
            template.language = lang.rawValue
            template.unit = unit
            template.year = year
            if let master { template.master = master }
            else if let province, let year { template.master = "\(province)/\(year)" }
            if let plan {
                do {
                    template.detect(from: try PlanLoader.load(path: plan))
                } catch {
                    Console.error(error.line(english: lang == .en))
                    throw ExitCode(2)
                }
            }
            let text = template.render()
            if output == "-" { print(text, terminator: ""); return }
            if FileManager.default.fileExists(atPath: output) && !force {
                Console.error(lang == .en ? "\(output): already exists (use --force to overwrite)"
                                          : "\(output): tệp đã có (dùng --force để ghi đè)")
                throw ExitCode(2)
            }
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Console.error("\(output): không ghi được — cannot write: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            print(lang == .en ? "wrote \(output)" : "đã ghi \(output)")
        }
    }
}
