import Foundation
import Logging
import PlanlintServer
import PostgresNIO

/// The shared store for a province-wide deployment: PostgreSQL through PostgresNIO's connection pool.
public final class PostgresStore: SubmissionStore {
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger = Logger(label: "planlint.postgres")

    /// `postgres://user:password@host:port/database` (add `?sslmode=require` for TLS).
    public init(url: String) throws {
        guard let c = URLComponents(string: url), ["postgres", "postgresql"].contains(c.scheme ?? ""),
              let host = c.host, let user = c.user else { throw StoreError.badURL(url) }
        let database = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        let tls: PostgresClient.Configuration.TLS
        if c.queryItems?.contains(where: { $0.name == "sslmode" && $0.value == "require" }) == true {
            tls = .require(.makeClientConfiguration())
        } else {
            tls = .disable
        }
        var config = PostgresClient.Configuration(host: host, port: c.port ?? 5432, username: user,
                                                  password: c.password?.removingPercentEncoding, database: database.isEmpty ? user : database,
                                                  tls: tls)
        config.options.maximumConnections = 8
        let client = PostgresClient(configuration: config, backgroundLogger: Logger(label: "planlint.postgres.pool"))
        self.client = client
        runner = Task { await client.run() }
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { conn in
            // One server may be started twice at once; the lock serialises their migrations.
            try await conn.query("SELECT pg_advisory_xact_lock(7156)", logger: logger)
            try await conn.query("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)", logger: logger)
            var done = false
            for try await (_) in try await conn.query("SELECT version FROM schema_migrations WHERE version = 'v1'", logger: logger).decode(String.self) {
                done = true
            }
            if !done {
                for sql in Schema.statements(identity: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", blob: "BYTEA") {
                    try await conn.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                }
                try await conn.query("INSERT INTO schema_migrations (version) VALUES ('v1')", logger: logger)
            }
        }
    }

    public func createAccount(_ a: Account) async throws {
        do {
            try await client.query("""
                INSERT INTO accounts (username, password_hash, role, province, unit_id)
                VALUES (\(a.username), \(a.passwordHash), \(a.role.rawValue), \(a.province), \(a.unitID))
                """, logger: logger)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw StoreError.duplicate(a.username)
        }
    }

    public func account(username: String) async throws -> Account? {
        let rows = try await client.query("SELECT username, password_hash, role, province, unit_id FROM accounts WHERE username = \(username)", logger: logger)
        for try await (u, h, r, p, unit) in rows.decode((String, String, String, String?, String?).self) {
            return Account(username: u, passwordHash: h, role: Role(rawValue: r) ?? .officer, province: p, unitID: unit)
        }
        return nil
    }

    public func accountCount() async throws -> Int {
        for try await (n) in try await client.query("SELECT COUNT(*) FROM accounts", logger: logger).decode(Int.self) { return n }
        return 0
    }

    public func createSession(_ s: SessionRecord) async throws {
        try await client.query("INSERT INTO sessions (token, username, csrf, expires_at) VALUES (\(s.token), \(s.username), \(s.csrf), \(s.expiresAt))",
                               logger: logger)
    }

    public func session(token: String) async throws -> SessionRecord? {
        let rows = try await client.query("SELECT token, username, csrf, expires_at FROM sessions WHERE token = \(token)", logger: logger)
        for try await (t, u, c, e) in rows.decode((String, String, String, Int64).self) {
            return SessionRecord(token: t, username: u, csrf: c, expiresAt: e)
        }
        return nil
    }

    public func deleteSession(token: String) async throws {
        try await client.query("DELETE FROM sessions WHERE token = \(token)", logger: logger)
    }

    public func insert(_ s: NewSubmission) async throws -> Int64 {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { conn in
            let f = s.figures
            var id: Int64 = 0
            let rows = try await conn.query("""
                INSERT INTO submissions (pack_id, province, unit_id, username, submitted_at, display_name, format,
                    errors, warnings, infos, covered, late, partial, missing, early_owed, early_issued,
                    finding_count, file_size, report_html, coverage_json)
                VALUES (\(s.packID), \(s.province), \(s.unitID), \(s.username), \(s.submittedAt), \(s.displayName), \(s.format),
                    \(f.errors), \(f.warnings), \(f.infos), \(f.covered), \(f.late), \(f.partial), \(f.missing),
                    \(f.earlyPlansOwed), \(f.earlyPlansIssued), \(s.findings.count), \(s.file.count), \(s.reportHTML), \(s.coverageJSON))
                RETURNING id
                """, logger: logger)
            for try await (newID) in rows.decode(Int64.self) { id = newID }
            try await conn.query("INSERT INTO submission_files (submission_id, bytes) VALUES (\(id), \(Data(s.file)))", logger: logger)
            try await conn.query("INSERT INTO extracts (submission_id, json) VALUES (\(id), \(s.extractJSON))", logger: logger)
            for (i, x) in s.findings.enumerated() {
                try await conn.query("""
                    INSERT INTO findings (submission_id, ordinal, rule_id, severity, message, path, line, col)
                    VALUES (\(id), \(i), \(x.ruleID), \(x.severity), \(x.message), \(x.path), \(x.line), \(x.column))
                    """, logger: logger)
            }
            return id
        }
    }

    public func submissions(packID: String?, province: String?, unitID: String?) async throws -> [SubmissionSummary] {
        // NULL parameters mean "any": one statement, every value bound.
        let rows = try await client.query(PostgresQuery(unsafeSQL: """
            SELECT \(Schema.summaryColumns) FROM submissions
            WHERE ($1::text IS NULL OR pack_id = $1) AND ($2::text IS NULL OR province = $2) AND ($3::text IS NULL OR unit_id = $3)
            ORDER BY submitted_at, id
            """, binds: try Self.binds([packID, province, unitID])), logger: logger)
        var out: [SubmissionSummary] = []
        for try await row in rows { out.append(try Self.summary(row)) }
        return out
    }

    static func binds(_ values: [String?]) throws -> PostgresBindings {
        var b = PostgresBindings()
        for v in values { b.append(v) }
        return b
    }

    static func summary(_ row: PostgresRow) throws -> SubmissionSummary {
        let r = row.makeRandomAccess()
        func int(_ name: String) throws -> Int { try r[name].decode(Int.self, context: .default) }
        func text(_ name: String) throws -> String { try r[name].decode(String.self, context: .default) }
        var f = SubmissionFigures()
        f.errors = try int("errors"); f.warnings = try int("warnings"); f.infos = try int("infos")
        f.covered = try int("covered"); f.late = try int("late"); f.partial = try int("partial"); f.missing = try int("missing")
        f.earlyPlansOwed = try int("early_owed"); f.earlyPlansIssued = try int("early_issued")
        return SubmissionSummary(id: try r["id"].decode(Int64.self, context: .default), packID: try text("pack_id"),
                                 province: try text("province"), unitID: try text("unit_id"), username: try text("username"),
                                 submittedAt: try r["submitted_at"].decode(Int64.self, context: .default),
                                 displayName: try text("display_name"), format: try text("format"), figures: f,
                                 findingCount: try int("finding_count"), fileSize: try int("file_size"))
    }

    public func submission(id: Int64) async throws -> StoredSubmission? {
        var summary: SubmissionSummary?
        var report = "", coverage = ""
        for try await row in try await client.query(PostgresQuery(unsafeSQL: "SELECT \(Schema.summaryColumns), report_html, coverage_json FROM submissions WHERE id = $1",
                                                                  binds: { var b = PostgresBindings(); b.append(id); return b }()), logger: logger) {
            summary = try Self.summary(row)
            let r = row.makeRandomAccess()
            report = try r["report_html"].decode(String.self, context: .default)
            coverage = try r["coverage_json"].decode(String.self, context: .default)
        }
        guard let summary else { return nil }
        var file = Data()
        for try await (bytes) in try await client.query("SELECT bytes FROM submission_files WHERE submission_id = \(id)", logger: logger).decode(Data.self) {
            file = bytes
        }
        var extract = ""
        for try await (json) in try await client.query("SELECT json FROM extracts WHERE submission_id = \(id)", logger: logger).decode(String.self) {
            extract = json
        }
        var findings: [StoredFinding] = []
        let rows = try await client.query("SELECT rule_id, severity, message, path, line, col FROM findings WHERE submission_id = \(id) ORDER BY ordinal",
                                          logger: logger)
        for try await (rule, sev, msg, path, line, col) in rows.decode((String, String, String, String?, Int?, Int?).self) {
            findings.append(StoredFinding(ruleID: rule, severity: sev, message: msg, path: path, line: line, column: col))
        }
        return StoredSubmission(summary: summary, file: [UInt8](file), extractJSON: extract, reportHTML: report,
                                coverageJSON: coverage, findings: findings)
    }

    public func integrity() async throws -> StoreIntegrity {
        func count(_ q: PostgresQuery) async throws -> Int {
            for try await (n) in try await client.query(q, logger: logger).decode(Int.self) { return n }
            return 0
        }
        return StoreIntegrity(
            submissions: try await count("SELECT COUNT(*) FROM submissions"),
            files: try await count("SELECT COUNT(*) FROM submission_files"),
            extracts: try await count("SELECT COUNT(*) FROM extracts"),
            findingMismatches: try await count("""
                SELECT COUNT(*) FROM submissions s WHERE s.finding_count <> (SELECT COUNT(*) FROM findings f WHERE f.submission_id = s.id)
                """))
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }
}

extension PostgresStore {
    /// Creates database `name` (letters, digits and underscores only) through `adminURL`; used by tests and first deployments.
    public static func createDatabase(adminURL: String, name: String) async throws {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { throw StoreError.badURL(name) }
        let admin = try PostgresStore(url: adminURL)
        do {
            try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: admin.logger)
        } catch {
            try await admin.close()
            throw error
        }
        try await admin.close()
    }
}
