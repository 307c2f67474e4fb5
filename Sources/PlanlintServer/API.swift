import Foundation
import Hummingbird
import MasterPlans
import PlanModel

/// The JSON API under /api, mirroring the pages; authenticated by a Bearer token from /api/login
/// (no cookie, so no cross-site request can use it). Described by `OpenAPIDocument`.
struct API: Sendable {
    let service: ReviewerService

    struct LoginBody: Decodable { var username: String; var password: String }
    struct LoginReply: Encodable { var token: String; var role: String; var province: String?; var unit: String?; var expiresAt: Int64 }
    struct FindingJSON: Encodable {
        var rule: String; var severity: String; var message: String; var path: String?; var line: Int?; var column: Int?
    }
    struct CoverageJSON: Encodable {
        var obligation: String; var title: String; var role: String; var status: String
        var masterDeadline: String?; var taskPath: String?; var planDeadline: String?; var mandatedEarlyPlan: Bool
    }
    struct Figures: Encodable {
        var errors, warnings, infos, covered, late, partial, missing, earlyPlansOwed, earlyPlansIssued: Int
        init(_ f: SubmissionFigures) {
            errors = f.errors; warnings = f.warnings; infos = f.infos; covered = f.covered; late = f.late
            partial = f.partial; missing = f.missing; earlyPlansOwed = f.earlyPlansOwed; earlyPlansIssued = f.earlyPlansIssued
        }
    }
    struct CheckReply: Encodable {
        var file: String; var format: String; var pack: String; var unit: String
        var figures: Figures; var findings: [FindingJSON]; var coverage: [CoverageJSON]; var missingAreas: [String]
    }
    struct SubmissionJSON: Encodable {
        var id: Int64; var pack: String; var province: String; var unit: String; var submittedBy: String
        var submittedAt: String; var file: String; var format: String; var fileSize: Int; var figures: Figures
        init(_ s: SubmissionSummary) {
            id = s.id; pack = s.packID; province = s.province; unit = s.unitID; submittedBy = s.username
            submittedAt = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(s.submittedAt) / 1000))
            file = s.displayName; format = s.format; fileSize = s.fileSize; figures = Figures(s.figures)
        }
    }
    struct SubmissionDetail: Encodable { var submission: SubmissionJSON; var findings: [FindingJSON] }
    struct SubmissionList: Encodable { var submissions: [SubmissionJSON] }
    struct PackJSON: Encodable { var id: String; var province: String; var year: Int; var title: String; var units: [UnitJSON] }
    struct UnitJSON: Encodable { var id: String; var name: String }
    struct PackList: Encodable { var masters: [PackJSON] }
    struct CoverageLine: Encodable {
        var unit: String; var name: String; var owedLead: Int; var owedCoordinating: Int; var submitted: Bool
        var versions: Int; var latest: SubmissionJSON?
    }
    struct CoverageReply: Encodable { var pack: String; var title: String; var units: [CoverageLine] }

    func routes(_ r: Router<ServerContext>) {
        r.get("/api/openapi.json") { _, _ in
            var h = HTTPFields()
            h[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: h, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        r.post("/api/login") { req, ctx in try await login(req, ctx) }
        r.post("/api/check") { req, _ in try await guarded(req) { a in try await check(req, a, submit: false) } }
        r.post("/api/submissions") { req, _ in try await guarded(req) { a in try await check(req, a, submit: true) } }
        r.get("/api/submissions") { req, _ in try await guarded(req) { a in try await list(req, a) } }
        r.get("/api/submissions/:id") { req, ctx in try await guarded(req) { a in try await one(ctx, a) } }
        r.get("/api/masters") { req, _ in try await guarded(req) { a in masters(a) } }
        r.get("/api/masters/:province/:year/coverage") { req, ctx in try await guarded(req) { a in try await coverage(ctx, a) } }
    }

    func guarded(_ req: Request, _ body: (Account) async throws -> Response) async throws -> Response {
        // Only the Authorization header: a cookie would let another site's form act for the user.
        guard let auth = req.headers[.authorization], auth.hasPrefix("Bearer "),
              let (a, _) = try await service.currentUser(req) else {
            return Responses.apiError(ClientError(status: .unauthorized, message: "Cần đăng nhập: gửi “Authorization: Bearer <token>” lấy từ /api/login."))
        }
        do { return try await body(a) } catch let e as ClientError { return Responses.apiError(e) }
    }

    func login(_ req: Request, _ ctx: ServerContext) async throws -> Response {
        do {
            let bytes = try await service.body(req, limit: 64 * 1024)
            guard let body = try? JSONDecoder().decode(LoginBody.self, from: Data(bytes)) else {
                throw ClientError(status: .badRequest, message: "Cần JSON {\"username\": …, \"password\": …}.")
            }
            switch try await service.authenticate(username: body.username, password: body.password, client: ctx.remoteAddress?.ipAddress ?? "?") {
            case .failure(let e): throw e
            case .success(let a):
                let s = try await service.openSession(a)
                return Responses.json(LoginReply(token: s.token, role: a.role.rawValue, province: a.province, unit: a.unitID, expiresAt: s.expiresAt))
            }
        } catch let e as ClientError {
            return Responses.apiError(e)
        }
    }

    static func findings(_ report: LintReport) -> [FindingJSON] {
        report.allFindings.map { FindingJSON(rule: $0.ruleId, severity: $0.severity.rawValue, message: $0.message, path: $0.path,
                                             line: $0.span?.start.line, column: $0.span?.start.column) }
    }

    func check(_ req: Request, _ a: Account, submit: Bool) async throws -> Response {
        let form = try await service.multipart(req)
        let d = try await service.check(form: form, account: a)
        if submit {
            let id = try await service.store(d, account: a)
            guard let s = try await service.store.submission(id: id) else { throw ClientError(status: .internalServerError, message: "Không đọc lại được hồ sơ vừa lưu.") }
            return Responses.json(SubmissionDetail(submission: SubmissionJSON(s.summary), findings: Self.findings(d.outcome.report)), status: .created)
        }
        let o = d.outcome
        return Responses.json(CheckReply(
            file: d.displayName, format: d.format.rawValue, pack: d.packID, unit: d.unitID, figures: Figures(o.figures),
            findings: Self.findings(o.report),
            coverage: o.coverage.map { CoverageJSON(obligation: $0.obligationID, title: $0.title, role: $0.role.rawValue, status: $0.status.rawValue,
                                                    masterDeadline: $0.masterDeadline, taskPath: $0.taskPath, planDeadline: $0.planDeadline,
                                                    mandatedEarlyPlan: $0.mandatedEarlyPlan) },
            missingAreas: o.missingAreas))
    }

    func list(_ req: Request, _ a: Account) async throws -> Response {
        let pack = req.uri.queryParameters.get("pack")
        let all: [SubmissionSummary]
        if a.role == .reviewer {
            all = try await service.store.submissions(packID: pack, province: nil, unitID: nil)
        } else {
            all = try await service.store.submissions(packID: pack, province: a.province ?? "", unitID: a.unitID ?? "")
        }
        return Responses.json(SubmissionList(submissions: all.map(SubmissionJSON.init)))
    }

    func one(_ ctx: ServerContext, _ a: Account) async throws -> Response {
        guard let id = ctx.parameters.get("id").flatMap { Int64($0) }, let s = try await service.store.submission(id: id),
              a.maySee(province: s.summary.province, unitID: s.summary.unitID) else {
            throw ClientError(status: .notFound, message: "Không có hồ sơ này, hoặc tài khoản không được xem.")
        }
        return Responses.json(SubmissionDetail(submission: SubmissionJSON(s.summary),
                                               findings: s.findings.map { FindingJSON(rule: $0.ruleID, severity: $0.severity, message: $0.message,
                                                                                      path: $0.path, line: $0.line, column: $0.column) }))
    }

    func masters(_ a: Account) -> Response {
        let packs = service.catalog.packs.filter { a.role == .reviewer || $0.province == a.province }
        return Responses.json(PackList(masters: packs.map { p in
            PackJSON(id: p.id, province: p.province, year: p.year, title: p.context.pack.master.title,
                     units: p.assignedUnits.filter { a.role == .reviewer || $0.id == a.unitID }.map { UnitJSON(id: $0.id, name: $0.name) })
        }))
    }

    func coverage(_ ctx: ServerContext, _ a: Account) async throws -> Response {
        guard a.role == .reviewer else { throw ClientError(status: .forbidden, message: "Bảng tổng hợp dành cho chuyên viên thẩm định.") }
        let id = "\(ctx.parameters.get("province") ?? "")/\(ctx.parameters.get("year") ?? "")"
        guard let pack = service.catalog.pack(id) else { throw ClientError(status: .notFound, message: "Không có kế hoạch tỉnh \(id).") }
        let t = try await service.table(pack)
        return Responses.json(CoverageReply(pack: pack.id, title: pack.context.pack.master.title, units: t.lines.map {
            CoverageLine(unit: $0.unitID, name: $0.unitName, owedLead: $0.owedLead, owedCoordinating: $0.owedCoordinating,
                         submitted: $0.latest != nil, versions: $0.versions, latest: $0.latest.map(SubmissionJSON.init))
        }))
    }
}
