import ArgumentParser
import Foundation
import PlanlintKit
#if canImport(PlanlintPostgres)
import PlanlintPostgres
#endif
import PlanlintServer

/// `planlint-server`: the reviewer web service (also reached as `planlint serve`).
@main
struct PlanlintServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planlint-server",
        abstract: "Dịch vụ kiểm tra và tổng hợp kế hoạch CCHC — the reviewer web service.",
        subcommands: [Serve.self, CreateAccount.self],
        defaultSubcommand: Serve.self)
}

struct StoreOptions: ParsableArguments {
    @Option(help: "Thư mục dữ liệu (tệp SQLite và thư mục tạm).")
    var data = "planlint-data"

    @Option(help: "Cơ sở dữ liệu PostgreSQL dùng chung: postgres://user:pass@host:5432/db (mặc định: SQLite trong --data).")
    var database: String?

    @Option(help: "Thư mục quy tắc (có masters/ và units/); mặc định: rules/ của bản cài.")
    var rules: String?

    func configuration() throws -> ServerConfiguration {
        // The master packs are read from a folder (the embedded copies are not browsable yet):
        // --rules, PLANLINT_BUILTIN_RULES, or rules/ in the working directory.
        let here = FileManager.default.fileExists(atPath: "rules/masters") ? "rules" : nil
        guard let dir = rules ?? BuiltinRules.overrideDirectory ?? here else {
            throw ValidationError("Không tìm thấy thư mục rules/ — dùng --rules hoặc biến PLANLINT_BUILTIN_RULES.")
        }
        var c = ServerConfiguration(rulesDirectory: dir)
        c.dataDirectory = data
        c.databaseURL = database
        return c
    }
}

extension ServerConfiguration {
    /// PostgreSQL when `--database` is given, else the embedded SQLite file.
    func makeStore() throws -> any SubmissionStore {
        #if canImport(PlanlintPostgres)
        if let url = databaseURL { return try PostgresStore(url: url) }
        #else
        if databaseURL != nil { throw ValidationError("Bản dựng này không có PostgreSQL (thiếu PlanlintPostgres).") }
        #endif
        return try SQLiteStore(path: sqlitePath)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chạy dịch vụ — start the server.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Địa chỉ lắng nghe.")
    var host = "127.0.0.1"

    @Option(help: "Cổng (0: hệ điều hành chọn, in ra khi chạy).")
    var port = 8080

    @Flag(help: "Bỏ cờ Secure của cookie (chỉ khi chạy sau một proxy HTTP nội bộ không có HTTPS).")
    var insecureCookies = false

    @Option(help: "Độ khó bcrypt (4…31).")
    var bcryptCost: UInt8 = 12

    func run() async throws {
        var config = try store.configuration()
        config.host = host
        config.port = port
        config.secureCookies = !insecureCookies
        config.bcryptCost = bcryptCost
        let db = try config.makeStore()
        try await db.migrate()
        if try await db.accountCount() == 0 {
            let password = Passwords.generate()
            try await db.createAccount(Account(username: "thamdinh", passwordHash: Passwords.hash(password, cost: bcryptCost), role: .reviewer))
            FileHandle.standardOutput.write(Data("Tài khoản thẩm định đầu tiên — first reviewer account: thamdinh / \(password)\n".utf8))
        }
        let service = try ReviewerService(config: config, store: db)
        let packs = service.catalog.packs.map(\.id).joined(separator: ", ")
        let where_ = config.databaseURL == nil ? "SQLite \(config.sqlitePath)" : "PostgreSQL"
        let host = self.host
        let app = service.application { port in
            // One line, flushed at once: scripts wait for it to learn the port.
            FileHandle.standardOutput.write(Data("planlint-server: http://\(host):\(port)/ (\(where_)) — kế hoạch tỉnh: \(packs)\n".utf8))
        }
        try await app.runService()
        try await db.close()
    }
}

struct CreateAccount: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-account",
        abstract: "Tạo tài khoản — create an account (reviewer, or officer bound to one unit).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Tên đăng nhập.")
    var username: String

    @Option(help: "reviewer | officer")
    var role: String

    @Option(help: "Tỉnh của đơn vị (mã registry, vd. quang-ngai) — bắt buộc với officer.")
    var province: String?

    @Option(help: "Mã đơn vị trong danh mục (vd. so-tu-phap) — bắt buộc với officer.")
    var unit: String?

    @Option(help: "Mật khẩu (mặc định: đọc từ biến PLANLINT_PASSWORD, nếu không có thì sinh ngẫu nhiên và in ra).")
    var password: String?

    @Option(help: "Độ khó bcrypt (4…31).")
    var bcryptCost: UInt8 = 12

    func run() async throws {
        guard let r = Role(rawValue: role) else { throw ValidationError("--role phải là reviewer hoặc officer.") }
        let config = try store.configuration()
        if r == .officer {
            guard let province, let unit else { throw ValidationError("Tài khoản officer cần --province và --unit.") }
            let catalog = try MasterCatalog.load(rulesDirectory: config.rulesDirectory)
            let registries = catalog.packs.filter { $0.province == province }
            guard let pack = registries.first else {
                throw ValidationError("Không có tỉnh “\(province)”; có: \(Set(catalog.packs.map(\.province)).sorted().joined(separator: ", ")).")
            }
            guard pack.unit(unit) != nil else {
                throw ValidationError("Đơn vị “\(unit)” không có trong danh mục \(province).")
            }
        }
        let pw = password ?? ProcessInfo.processInfo.environment["PLANLINT_PASSWORD"] ?? Passwords.generate()
        let db = try config.makeStore()
        try await db.migrate()
        do {
            try await db.createAccount(Account(username: username, passwordHash: Passwords.hash(pw, cost: bcryptCost), role: r,
                                               province: r == .officer ? province : nil, unitID: r == .officer ? unit : nil))
        } catch {
            try await db.close()
            throw ValidationError("\(error)")
        }
        try await db.close()
        print(password == nil && ProcessInfo.processInfo.environment["PLANLINT_PASSWORD"] == nil
              ? "Đã tạo tài khoản \(username) — mật khẩu: \(pw)" : "Đã tạo tài khoản \(username).")
    }
}
