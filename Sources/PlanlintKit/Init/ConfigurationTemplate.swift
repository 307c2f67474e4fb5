import Foundation
import MasterPlans
import PlanModel
import PlanRules
import VietnameseText

/// The commented `.planlint.yaml` that `planlint init` writes: values chosen by flags, else
/// read from a sample plan (its year, its province's shipped master pack, its unit).
public struct ConfigurationTemplate: Sendable {
    public var mode: PlanMode = .draft
    public var language = "vi"
    /// A master pack path or shipped name; nil when none is known.
    public var master: String?
    public var unit: String?
    public var year: Int?
    public var province: String?

    public init() {}

    /// Fills what the flags left open from a plan: year, province (from "ỦY BAN NHÂN DÂN
    /// TỈNH …" matched against the shipped packs' provinces), the pack of that year, the unit.
    public mutating func detect(from plan: Plan) {
        if year == nil { year = plan.year }
        if master == nil {
            let heading = VietnameseFolding.fold((plan.header.parentIssuer?.value ?? "") + " " + (plan.header.issuer?.value ?? "")).lowercased()
            var best: (path: String, year: Int)?
            for path in BuiltinRules.masterPacks {
                guard let context = try? MasterPlanContext.load(packPath: path),
                      let name = context.pack.provinceName ?? Optional(context.pack.province) else { continue }
                let folded = VietnameseFolding.fold(name).lowercased()
                guard !folded.isEmpty, heading.contains(folded) else { continue }
                if province == nil { province = name }
                // The pack of the plan's year, else the latest one before it.
                let y = context.pack.year
                if let target = year, y > target { continue }
                if best == nil || y > best!.year { best = (path, y) }
            }
            master = best.map { String($0.path.dropFirst("builtin:rules/masters/".count).dropLast(".yaml".count)) }
        }
        if unit == nil, let master, let context = try? MasterPlanContext.load(packPath: BuiltinRules.resolveMaster(master)) {
            unit = (try? context.forPlan(plan, unitID: nil))?.unit?.id
        }
    }

    /// The file's text, every key explained.
    public func render() -> String {
        var lines = [
            "# Cấu hình planlint — planlint configuration (schemas/planlint-config.schema.json).",
            "# planlint tìm tệp này từ thư mục của kế hoạch trở lên, như .gitignore.",
            "version: 1",
            "",
            "# draft: bản dự thảo (số, ngày để trống chỉ là thông tin); final: văn bản đã ban hành.",
            "mode: \(mode.rawValue)",
            "",
            "# Ngôn ngữ thông báo — message language: vi | en",
            "lang: \(language)",
            "",
        ]
        lines.append("# Kế hoạch CCHC của tỉnh để đối chiếu nhiệm vụ được giao — the province's master plan:")
        lines.append("# tên gói có sẵn (planlint rules không liệt kê gói; xem rules/masters/) hoặc đường dẫn tệp.")
        if let province { lines.append("# Tỉnh: \(province)\(year.map { ", năm \($0)" } ?? "")") }
        lines.append(master.map { "master: \($0)" } ?? "# master: quang-tri/2022")
        lines.append("")
        lines.append("# Mã đơn vị trong danh mục của tỉnh (mặc định: nhận từ phần đầu văn bản) — the unit id.")
        lines.append(unit.map { "unit: \($0)" } ?? "# unit: so-tu-phap")
        lines += [
            "",
            "# Thêm bộ quy tắc riêng (tệp hoặc thư mục, tính từ tệp này) — extra rule packs:",
            "# packs: [quy-tac]",
            "",
            "# Bỏ qua khi kiểm tra cả thư mục (cú pháp .gitignore) — left out of folder checks:",
            "# exclude: [du-thao/, \"**/*-cu.docx\"]",
            "",
            "# Đổi mức hoặc tắt từng quy tắc (xem planlint rules) — per-rule severity or off:",
            "# rules:",
            "#   task.coordinating.missing: off",
            "#   numbering.gap: error",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
