import ArgumentParser
import Foundation
import PlanlintKit

extension PlanlintCommand {
    /// `planlint coverage PLAN --master PACK`: the obligation table against the master plan.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bảng đối chiếu nhiệm vụ kế hoạch tỉnh giao — the master-plan obligation table.")

        @Argument(help: "Tệp kế hoạch — the plan.")
        var plan: String

        @Option(help: "Gói kế hoạch CCHC của tỉnh (mặc định: master: trong .planlint.yaml).")
        var master: String?

        @Option(help: "Mã đơn vị (mặc định: unit: trong .planlint.yaml, hoặc nhận từ phần đầu văn bản).")
        var unit: String?

        @Option(help: "text | json | markdown")
        var format: CoverageReport.Format = .text

        func run() throws {
            let configFile = Configuration.discover(for: plan)
            let config = try configFile.map { try Configuration.load(file: $0) }
            guard let pack = master ?? config?.master else {
                Console.error("Cần --master (hoặc master: trong .planlint.yaml) — a master-plan pack is required.")
                throw ExitCode(2)
            }
            do {
                let report = try CoverageReport.build(planPath: plan, packPath: pack, unitID: unit ?? config?.unit)
                print(report.render(format))
                if report.rows.contains(where: { $0.status != .covered && $0.role == .lead }) || !report.missingAreas.isEmpty {
                    throw ExitCode(1)
                }
            } catch let e as ExitCode {
                throw e
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
        }
    }
}

extension CoverageReport.Format: ExpressibleByArgument {}
