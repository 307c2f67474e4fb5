import ArgumentParser
import Foundation
import PlanlintKit

extension PlanlintCommand {
    /// `planlint coverage PATH... --master PACK`: for one plan, its obligation table against the
    /// master plan; for a folder or several plans, the reviewer's table with one row per agency.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Đối chiếu kế hoạch với kế hoạch CCHC của tỉnh — coverage of the master plan, per plan or per agency.")

        @Argument(help: "Tệp, thư mục hoặc mẫu glob kế hoạch (.txt .md .docx .pdf) — plans, folders or globs.")
        var paths: [String]

        @Option(help: "Gói kế hoạch CCHC của tỉnh: tệp hoặc tên gói có sẵn, ví dụ quang-tri/2022 (mặc định: master: trong .planlint.yaml).")
        var master: String?

        @Option(help: "Mã đơn vị (mặc định: unit: trong .planlint.yaml, hoặc nhận từ phần đầu văn bản).")
        var unit: String?

        @Option(help: "text | json | markdown | html")
        var format: CoverageTable.Format = .text

        @Flag(name: .customLong("by-unit"), help: "Bảng theo đơn vị cả khi chỉ có một kế hoạch — the per-agency table for one plan too.")
        var byUnit = false

        @Option(help: "vi | en")
        var lang: Language = .vi

        func run() throws {
            let english = lang == .en
            let plans: [String]
            do {
                plans = try InputExpansion.expand(paths).map(\.path)
            } catch let e as InputExpansionError {
                Console.error(e.line(english: english))
                throw ExitCode(2)
            }
            let configFile = plans.first.flatMap { Configuration.discover(for: $0) }
            let config = try configFile.map { try Configuration.load(file: $0) }
            guard let pack = (master ?? config?.master).map(BuiltinRules.resolveMaster) else {
                Console.error(english ? "a master-plan pack is required: --master (or master: in .planlint.yaml)"
                                      : "Cần --master (hoặc master: trong .planlint.yaml) — a master-plan pack is required.")
                throw ExitCode(2)
            }
            do {
                if plans.count == 1 && !byUnit && format != .html {
                    let report = try CoverageReport.build(planPath: plans[0], packPath: pack, unitID: unit ?? config?.unit)
                    print(report.render(CoverageReport.Format(rawValue: format.rawValue) ?? .text))
                    if report.rows.contains(where: { $0.status != .covered && $0.role == .lead }) || !report.missingAreas.isEmpty {
                        throw ExitCode(1)
                    }
                    return
                }
                let table = try CoverageTable.build(planPaths: plans, packPath: pack, unitID: unit ?? config?.unit)
                print(table.render(format, english: english))
                if table.rows.contains(where: { !$0.planFound }) { throw ExitCode(2) }
                if table.rows.contains(where: { $0.missing + $0.late + $0.partial > 0 || $0.missingAreas > 0 }) { throw ExitCode(1) }
            } catch let e as ExitCode {
                throw e
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
        }
    }
}

extension CoverageTable.Format: ExpressibleByArgument {}
