import ArgumentParser
import PlanlintKit
import PlanModel
import PlanReaders
import PlanRules

/// The options every command that lints shares (`check`, `coverage`), declared once.
struct LintOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "Thêm tệp hoặc thư mục quy tắc (lặp lại được) — extra rule packs.")
    var rulePaths: [String] = []

    @Option(help: "Tệp cấu hình (mặc định: .planlint.yaml gần nhất) — configuration file.")
    var config: String?

    @Option(help: "draft | final — bản dự thảo hay văn bản ban hành (mặc định: draft).")
    var mode: PlanMode?

    @Option(help: "vi | en")
    var lang: Language?

    @Flag(name: .customLong("no-builtin"), help: "Không dùng bộ quy tắc có sẵn — use only --rules.")
    var noBuiltin = false

    @Option(help: "Gói kế hoạch CCHC của tỉnh, ví dụ rules/masters/quang-tri/2022.yaml — master-plan pack.")
    var master: String?

    @Option(help: "Mã đơn vị trong danh mục của tỉnh (mặc định: nhận từ phần đầu văn bản) — unit id.")
    var unit: String?

    /// The lint request for `files`, with these options over the configuration's.
    func request(files: [String]) -> LintRequest { request(inputs: files.map(PlanInput.init(path:))) }

    func request(inputs: [PlanInput]) -> LintRequest {
        var request = LintRequest(inputs: inputs)
        request.rulePaths = rulePaths
        request.configPath = config
        request.mode = mode
        request.language = lang?.rawValue
        request.useBuiltinRules = !noBuiltin
        request.masterPath = master.map(BuiltinRules.resolveMaster)
        request.unitID = unit
        return request
    }
}

extension PlanMode: ExpressibleByArgument {}
