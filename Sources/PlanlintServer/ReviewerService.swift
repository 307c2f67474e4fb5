import Foundation
import Hummingbird
import Logging
import MasterPlans
import PlanModel

/// The reviewer service: its state and every route, pages and JSON API alike.
public final class ReviewerService: Sendable {
    public let config: ServerConfiguration
    public let store: any SubmissionStore
    public let catalog: MasterCatalog
    let checker: PlanChecker
    let gate: CheckGate
    let limiter = LoginLimiter()
    let drafts = DraftCache()
    /// Verified against when the account does not exist, so the reply time does not tell which names exist.
    let dummyHash: String
    static let sessionCookie = "planlint_session"
    static let loginCookie = "planlint_login"
    static let sessionLifetime: Int64 = 12 * 3600 * 1000

    public init(config: ServerConfiguration, store: any SubmissionStore) throws {
        self.config = config
        self.store = store
        catalog = try MasterCatalog.load(rulesDirectory: config.rulesDirectory)
        checker = PlanChecker(scratchDirectory: config.scratchDirectory)
        gate = CheckGate(width: config.checkConcurrency)
        dummyHash = Passwords.hash(Tokens.make(), cost: config.bcryptCost)
        // Scratch files of a killed run are plans nobody submitted: remove them.
        try? FileManager.default.removeItem(at: config.scratchDirectory)
    }

    // MARK: - Application

    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        routes(router)
        var logger = Logger(label: "planlint-server")
        logger.logLevel = .warning
        return Application(router: router, configuration: .init(address: .hostname(config.host, port: config.port), serverName: "planlint"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    func routes(_ r: Router<ServerContext>) {
        r.get("/") { [self] req, _ in try await currentUser(req) == nil ? Responses.redirect("/dang-nhap") : Responses.redirect("/kiem-tra") }
        r.get("/healthz") { _, _ in Responses.json(["status": "ok"]) }
        r.get("/dang-nhap") { [self] _, _ in loginPage(error: nil, status: .ok) }
        r.post("/dang-nhap") { [self] req, ctx in try await login(req, ctx) }
        r.post("/dang-xuat") { [self] req, _ in try await logout(req) }
        r.get("/kiem-tra") { [self] req, _ in try await page(req) { a, s in Responses.html(Pages.checkForm(catalog: catalog, account: a, csrf: s.csrf, error: nil)) } }
        r.post("/kiem-tra") { [self] req, _ in try await checkPage(req) }
        r.post("/nop") { [self] req, _ in try await submitPage(req) }
        r.get("/tong-hop") { [self] req, _ in try await summaryPage(req) }
        r.get("/tong-hop.csv") { [self] req, _ in try await export(req, xlsx: false) }
        r.get("/tong-hop.xlsx") { [self] req, _ in try await export(req, xlsx: true) }
        r.get("/don-vi/:province/:unit") { [self] req, ctx in try await unitPage(req, ctx) }
        r.get("/ho-so/:id") { [self] req, ctx in try await reportPage(req, ctx) }
        r.get("/nhiem-vu") { [self] req, _ in try await obligationPage(req) }
        API(service: self).routes(r)
    }

    // MARK: - Sessions

    func token(_ req: Request) -> String? {
        if let auth = req.headers[.authorization], auth.hasPrefix("Bearer ") { return String(auth.dropFirst(7)) }
        return req.cookies[Self.sessionCookie]?.value
    }

    /// The logged-in account, from the session cookie or a Bearer token.
    func currentUser(_ req: Request) async throws -> (Account, SessionRecord)? {
        guard let token = token(req), token.count == 64, let session = try await store.session(token: token) else { return nil }
        guard session.expiresAt > Self.now() else {
            try await store.deleteSession(token: token)
            return nil
        }
        guard let account = try await store.account(username: session.username) else { return nil }
        return (account, session)
    }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// Starts a session after the password was checked; returns the token.
    func openSession(_ account: Account) async throws -> SessionRecord {
        let s = SessionRecord(token: Tokens.make(), username: account.username, csrf: Tokens.make(), expiresAt: Self.now() + Self.sessionLifetime)
        try await store.createSession(s)
        return s
    }

    /// Checks a password under the rate limit; nil with a message when refused.
    func authenticate(username: String, password: String, client: String) async throws -> Result<Account, ClientError> {
        let name = username.lowercased()
        if await limiter.blocked(account: name, address: client) {
            return .failure(ClientError(status: .tooManyRequests, message: "Đăng nhập sai quá nhiều lần. Hãy thử lại sau 5 phút."))
        }
        let account = try await store.account(username: username)
        let ok = Passwords.verify(password, hash: account?.passwordHash ?? dummyHash) && account != nil
        guard ok, let account else {
            await limiter.fail(account: name, address: client)
            return .failure(ClientError(status: .unauthorized, message: "Tên đăng nhập hoặc mật khẩu không đúng."))
        }
        await limiter.succeed(account: name)
        return .success(account)
    }

    func loginPage(error: String?, status: HTTPResponse.Status) -> Response {
        let t = Tokens.make()
        return Responses.html(Pages.login(error: error, token: t), status: status,
                              cookies: [Responses.cookie(Self.loginCookie, t, secure: config.secureCookies, maxAge: 3600)])
    }

    func login(_ req: Request, _ ctx: ServerContext) async throws -> Response {
        var req = req
        let fields = try await formFields(&req)
        // Login CSRF: the form's token must equal the cookie set with the form (double submit).
        guard let t = fields["csrf"], let c = req.cookies[Self.loginCookie]?.value, Tokens.equal(t, c) else {
            return loginPage(error: "Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.", status: .forbidden)
        }
        let client = ctx.remoteAddress?.ipAddress ?? "?"
        switch try await authenticate(username: fields["username"] ?? "", password: fields["password"] ?? "", client: client) {
        case .failure(let e):
            return loginPage(error: e.message, status: e.status)
        case .success(let account):
            let s = try await openSession(account)
            return Responses.redirect(account.role == .reviewer ? "/tong-hop" : "/kiem-tra",
                                      cookies: [Responses.cookie(Self.sessionCookie, s.token, secure: config.secureCookies, maxAge: Int(Self.sessionLifetime / 1000)),
                                                Responses.cookie(Self.loginCookie, "", secure: config.secureCookies, maxAge: 0)])
        }
    }

    func logout(_ req: Request) async throws -> Response {
        var req = req
        let fields = try await formFields(&req)
        if let (_, s) = try await currentUser(req), Tokens.equal(fields["csrf"] ?? "", s.csrf) {
            try await store.deleteSession(token: s.token)
        }
        return Responses.redirect("/dang-nhap", cookies: [Responses.cookie(Self.sessionCookie, "", secure: config.secureCookies, maxAge: 0)])
    }

    /// Runs `body` for a logged-in user; sends others to the login page.
    func page(_ req: Request, reviewerOnly: Bool = false, _ body: (Account, SessionRecord) async throws -> Response) async throws -> Response {
        guard let (a, s) = try await currentUser(req) else { return Responses.redirect("/dang-nhap") }
        if reviewerOnly && a.role != .reviewer {
            return Responses.html(Pages.message("Không có quyền", "Trang này dành cho chuyên viên thẩm định của Sở Nội vụ.", account: a, csrf: s.csrf), status: .forbidden)
        }
        return try await body(a, s)
    }

    // MARK: - Bodies

    /// Reads at most `limit` bytes; a larger body is read to its end (so the client sees the answer) and refused.
    func body(_ req: Request, limit: Int) async throws -> [UInt8] {
        let hardCap = 256 * 1024 * 1024
        if let length = req.headers[.contentLength].flatMap(Int.init), length > hardCap {
            throw ClientError(status: .contentTooLarge, message: UploadFormat.Refusal.tooLarge(UploadFormat.maxBytes).description)
        }
        var out: [UInt8] = []
        var total = 0
        for try await buffer in req.body {
            total += buffer.readableBytes
            if total > hardCap { break }
            if total <= limit { out += buffer.readableBytesView }
        }
        if total > limit { throw ClientError(status: .contentTooLarge, message: UploadFormat.Refusal.tooLarge(UploadFormat.maxBytes).description) }
        return out
    }

    func formFields(_ req: inout Request) async throws -> [String: String] {
        let bytes = try await body(req, limit: 64 * 1024)
        var out: [String: String] = [:]
        for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if let k = kv.first { out[k] = kv.count > 1 ? kv[1] : "" }
        }
        return out
    }

    func multipart(_ req: Request) async throws -> MultipartForm {
        let bytes = try await body(req, limit: UploadFormat.maxBytes + 256 * 1024)
        do {
            return try MultipartForm(body: bytes, contentType: req.headers[.contentType] ?? "")
        } catch {
            throw ClientError(status: .badRequest, message: "Yêu cầu không đúng dạng tải tệp (multipart/form-data).")
        }
    }

    // MARK: - Checking and submitting

    /// The uploaded name reduced to its last component, without control characters, for display only.
    static func displayName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)).precomposedStringWithCanonicalMapping
        return clean.isEmpty ? "ke-hoach" : String(clean.prefix(200))
    }

    /// Validates the form and checks the plan; every refusal is a sentence for the official.
    func check(form: MultipartForm, account: Account) async throws -> DraftCache.Draft {
        guard let file = form.files["file"], !file.fileName.isEmpty || !file.bytes.isEmpty else {
            throw ClientError(status: .badRequest, message: "Hãy chọn tệp kế hoạch để tải lên.")
        }
        guard let pack = catalog.pack(form.fields["pack"] ?? "") else {
            throw ClientError(status: .badRequest, message: "Hãy chọn kế hoạch CCHC của tỉnh (tỉnh và năm).")
        }
        let unitID = account.role == .officer ? (account.unitID ?? "") : (form.fields["unit"] ?? "")
        if account.role == .officer && (pack.province != account.province || (form.fields["unit"].map { !$0.isEmpty && $0 != unitID } ?? false)) {
            throw ClientError(status: .forbidden, message: "Tài khoản này chỉ kiểm tra và nộp kế hoạch của đơn vị mình.")
        }
        guard let unit = pack.unit(unitID) else {
            throw ClientError(status: .badRequest, message: "Đơn vị “\(unitID)” không có trong danh mục đơn vị của \(pack.label).")
        }
        let name = Self.displayName(file.fileName)
        let format: UploadFormat
        do {
            format = try UploadFormat.sniff(file.bytes, fileName: name)
        } catch {
            throw ClientError(status: error == .tooLarge(UploadFormat.maxBytes) ? .contentTooLarge : .unprocessableContent, message: error.description)
        }
        let checker = self.checker
        let bytes = file.bytes
        do {
            let outcome = try await gate.run { try checker.check(bytes, format: format, displayName: name, pack: pack, unitID: unit.id) }
            return DraftCache.Draft(username: account.username, packID: pack.id, unitID: unit.id, displayName: name, format: format,
                                    bytes: bytes, outcome: outcome, created: Date().timeIntervalSince1970)
        } catch let e as PlanChecker.Unreadable {
            throw ClientError(status: .unprocessableContent, message: "Không đọc được kế hoạch: \(e.message)")
        }
    }

    /// Stores a checked plan: one transaction in the store.
    func store(_ d: DraftCache.Draft, account: Account) async throws -> Int64 {
        guard account.role == .officer, let pack = catalog.pack(d.packID), account.province == pack.province, account.unitID == d.unitID else {
            throw ClientError(status: .forbidden, message: "Chỉ cán bộ của đơn vị mới nộp được kế hoạch của đơn vị mình.")
        }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        let coverage = String(decoding: try e.encode(d.outcome.coverage), as: UTF8.self)
        return try await store.insert(NewSubmission(
            packID: pack.id, province: pack.province, unitID: d.unitID, username: account.username, submittedAt: Self.now(),
            displayName: d.displayName, format: d.format.rawValue, file: d.bytes, extractJSON: d.outcome.extractJSON,
            reportHTML: d.outcome.reportHTML, coverageJSON: coverage, figures: d.outcome.figures,
            findings: PlanChecker.stored(d.outcome.report)))
    }

    func checkPage(_ req: Request) async throws -> Response {
        try await page(req) { a, s in
            func fail(_ e: ClientError) -> Response {
                Responses.html(Pages.checkForm(catalog: catalog, account: a, csrf: s.csrf, error: e.message), status: e.status)
            }
            do {
                let form = try await multipart(req)
                guard Tokens.equal(form.fields["csrf"] ?? "", s.csrf) else { throw ClientError(status: .forbidden, message: "Biểu mẫu đã hết hạn, hãy tải lại trang.") }
                let draft = try await check(form: form, account: a)
                let id = await drafts.put(draft)
                let pack = catalog.pack(draft.packID)!
                return Responses.html(Pages.checkResult(draft.outcome, displayName: draft.displayName, pack: pack, unit: pack.unit(draft.unitID)!,
                                                        draftID: id, account: a, csrf: s.csrf))
            } catch let e as ClientError {
                return fail(e)
            }
        }
    }

    func submitPage(_ req: Request) async throws -> Response {
        var req = req
        let fields = try await formFields(&req)
        return try await page(req) { a, s in
            guard Tokens.equal(fields["csrf"] ?? "", s.csrf) else {
                return Responses.html(Pages.message("Không nộp được", "Biểu mẫu đã hết hạn, hãy kiểm tra lại tệp.", account: a, csrf: s.csrf, back: "/kiem-tra"), status: .forbidden)
            }
            guard let d = await drafts.take(fields["draft"] ?? "", username: a.username) else {
                return Responses.html(Pages.message("Không nộp được", "Kết quả kiểm tra đã hết hạn hoặc đã được nộp. Hãy tải tệp lên và kiểm tra lại.", account: a, csrf: s.csrf, back: "/kiem-tra"), status: .gone)
            }
            do {
                let id = try await store(d, account: a)
                return Responses.html(Pages.message("Đã nộp kế hoạch", "Đã nộp “\(d.displayName)” (hồ sơ số \(id)) lúc \(HTML.date(Self.now())).", account: a, csrf: s.csrf,
                                                    isError: false, back: "/ho-so/\(id)"))
            } catch let e as ClientError {
                return Responses.html(Pages.message("Không nộp được", e.message, account: a, csrf: s.csrf, back: "/kiem-tra"), status: e.status)
            }
        }
    }

    // MARK: - Reviewer pages

    func packParam(_ req: Request) -> PackEntry? {
        req.uri.queryParameters.get("pack").flatMap { catalog.pack($0) } ?? catalog.packs.last
    }

    func table(_ pack: PackEntry) async throws -> CoverageTable {
        CoverageTable(pack: pack, submissions: try await store.submissions(packID: pack.id, province: nil, unitID: nil))
    }

    func summaryPage(_ req: Request) async throws -> Response {
        try await page(req, reviewerOnly: true) { a, s in
            guard let pack = packParam(req) else { return Responses.html(Pages.message("Chưa có kế hoạch tỉnh", "Không tìm thấy gói kế hoạch tỉnh nào.", account: a, csrf: s.csrf)) }
            let t = try await table(pack)
            let sort = req.uri.queryParameters.get("sort").flatMap(CoverageTable.Sort.init) ?? .name
            let filter = req.uri.queryParameters.get("filter").flatMap(CoverageTable.Filter.init) ?? .all
            let q = req.uri.queryParameters.get("q") ?? ""
            return Responses.html(Pages.summary(t, lines: t.lines(sort: sort, filter: filter, query: q), catalog: catalog, sort: sort, filter: filter,
                                                query: q, account: a, csrf: s.csrf))
        }
    }

    func export(_ req: Request, xlsx: Bool) async throws -> Response {
        try await page(req, reviewerOnly: true) { _, _ in
            guard let pack = packParam(req) else { return Responses.html("", status: .notFound) }
            let t = try await table(pack)
            let base = "tong-hop-" + pack.id.replacingOccurrences(of: "/", with: "-")
            if xlsx {
                return Responses.download(try t.xlsx(), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: base + ".xlsx")
            }
            return Responses.download(Array(t.csv().utf8), type: "text/csv; charset=utf-8", fileName: base + ".csv")
        }
    }

    /// Findings added and removed between consecutive versions.
    func versions(_ list: [SubmissionSummary]) async throws -> [Pages.Version] {
        var out: [Pages.Version] = []
        var previous: Set<String>?
        var previousFindings: [StoredFinding] = []
        for s in list {
            let findings = try await store.submission(id: s.id)?.findings ?? []
            let keys = Set(findings.map(\.key))
            let added = previous.map { p in findings.filter { !p.contains($0.key) } } ?? []
            let removed = previous.map { _ in previousFindings.filter { !keys.contains($0.key) } } ?? []
            out.append(Pages.Version(summary: s, added: added, removed: removed))
            previous = keys
            previousFindings = findings
        }
        return out
    }

    func unitPage(_ req: Request, _ ctx: ServerContext) async throws -> Response {
        try await page(req) { a, s in
            let province = ctx.parameters.get("province") ?? ""
            let unitID = ctx.parameters.get("unit") ?? ""
            guard a.maySee(province: province, unitID: unitID) else { return notFound(a, s) }
            let packID = req.uri.queryParameters.get("pack")
            let list = try await store.submissions(packID: packID, province: province, unitID: unitID)
            let pack = packID.flatMap { catalog.pack($0) }
            let name = catalog.packs.first { $0.province == province }?.unit(unitID)?.name ?? unitID
            return Responses.html(Pages.unit(pack: pack, province: province, unitName: name, versions: try await versions(list), account: a, csrf: s.csrf))
        }
    }

    /// Another unit's plan is "not found", not "forbidden": its existence is not told either.
    func notFound(_ a: Account, _ s: SessionRecord) -> Response {
        Responses.html(Pages.message("Không tìm thấy", "Không có hồ sơ này, hoặc tài khoản không được xem.", account: a, csrf: s.csrf), status: .notFound)
    }

    func reportPage(_ req: Request, _ ctx: ServerContext) async throws -> Response {
        try await page(req) { a, s in
            guard let id = ctx.parameters.get("id").flatMap { Int64($0) }, let sub = try await store.submission(id: id),
                  a.maySee(province: sub.summary.province, unitID: sub.summary.unitID) else { return notFound(a, s) }
            return Responses.html(sub.reportHTML)
        }
    }

    func obligationPage(_ req: Request) async throws -> Response {
        try await page(req, reviewerOnly: true) { a, s in
            guard let pack = packParam(req) else { return notFound(a, s) }
            let selected = req.uri.queryParameters.get("id").flatMap { pack.context.pack.obligation(id: String($0)) } ?? pack.context.pack.obligations.first
            var lines: [Pages.ObligationLine] = []
            if let o = selected {
                let latest = CoverageTable(pack: pack, submissions: try await store.submissions(packID: pack.id, province: nil, unitID: nil))
                for line in latest.lines {
                    guard let unit = pack.unit(line.unitID), let owed = pack.owed(by: unit).first(where: { $0.obligation.id == o.id }) else { continue }
                    var row: CoverageRow?
                    if let sub = line.latest, let stored = try await store.submission(id: sub.id),
                       let rows = try? JSONDecoder().decode([CoverageRow].self, from: Data(stored.coverageJSON.utf8)) {
                        row = rows.first { $0.obligationID == o.id }
                    }
                    lines.append(Pages.ObligationLine(unit: unit, role: owed.role, latest: line.latest, row: row))
                }
            }
            return Responses.html(Pages.obligations(pack: pack, catalog: catalog, selected: selected, lines: lines, account: a, csrf: s.csrf))
        }
    }
}
