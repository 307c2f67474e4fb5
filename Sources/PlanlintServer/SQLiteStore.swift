import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), migrated by GRDB.
public final class SQLiteStore: SubmissionStore {
    let pool: DatabasePool

    /// Opens (creating) `path`; its folder is created when missing.
    public init(path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Concurrent uploads wait for the writer instead of failing with SQLITE_BUSY.
        config.busyMode = .timeout(30)
        pool = try DatabasePool(path: path, configuration: config)  // DatabasePool uses WAL
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for sql in Schema.statements(identity: "INTEGER PRIMARY KEY AUTOINCREMENT", blob: "BLOB") {
                try db.execute(sql: sql)
            }
        }
        try migrator.migrate(pool)
    }

    public func createAccount(_ a: Account) async throws {
        do {
            try await pool.write { db in
                try db.execute(sql: "INSERT INTO accounts (username, password_hash, role, province, unit_id) VALUES (?, ?, ?, ?, ?)",
                               arguments: [a.username, a.passwordHash, a.role.rawValue, a.province, a.unitID])
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.duplicate(a.username)
        }
    }

    public func account(username: String) async throws -> Account? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT username, password_hash, role, province, unit_id FROM accounts WHERE username = ?",
                             arguments: [username]).map {
                Account(username: $0[0], passwordHash: $0[1], role: Role(rawValue: $0[2]) ?? .officer, province: $0[3], unitID: $0[4])
            }
        }
    }

    public func accountCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0 }
    }

    public func createSession(_ s: SessionRecord) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO sessions (token, username, csrf, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [s.token, s.username, s.csrf, s.expiresAt])
        }
    }

    public func session(token: String) async throws -> SessionRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT token, username, csrf, expires_at FROM sessions WHERE token = ?", arguments: [token]).map {
                SessionRecord(token: $0[0], username: $0[1], csrf: $0[2], expiresAt: $0[3])
            }
        }
    }

    public func deleteSession(token: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token = ?", arguments: [token]) }
    }

    public func insert(_ s: NewSubmission) async throws -> Int64 {
        // GRDB's write runs the closure in one transaction: all parts commit together or none.
        try await pool.write { db in
            let f = s.figures
            try db.execute(sql: """
                INSERT INTO submissions (pack_id, province, unit_id, username, submitted_at, display_name, format,
                    errors, warnings, infos, covered, late, partial, missing, early_owed, early_issued,
                    finding_count, file_size, report_html, coverage_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [s.packID, s.province, s.unitID, s.username, s.submittedAt, s.displayName, s.format,
                                 f.errors, f.warnings, f.infos, f.covered, f.late, f.partial, f.missing,
                                 f.earlyPlansOwed, f.earlyPlansIssued, s.findings.count, s.file.count,
                                 s.reportHTML, s.coverageJSON])
            let id = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO submission_files (submission_id, bytes) VALUES (?, ?)", arguments: [id, Data(s.file)])
            try db.execute(sql: "INSERT INTO extracts (submission_id, json) VALUES (?, ?)", arguments: [id, s.extractJSON])
            let statement = try db.makeStatement(sql: """
                INSERT INTO findings (submission_id, ordinal, rule_id, severity, message, path, line, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (i, x) in s.findings.enumerated() {
                try statement.execute(arguments: [id, i, x.ruleID, x.severity, x.message, x.path, x.line, x.column])
            }
            return id
        }
    }

    public func submissions(packID: String?, province: String?, unitID: String?) async throws -> [SubmissionSummary] {
        try await pool.read { db in
            var clauses: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let packID { clauses.append("pack_id = ?"); args.append(packID) }
            if let province { clauses.append("province = ?"); args.append(province) }
            if let unitID { clauses.append("unit_id = ?"); args.append(unitID) }
            let whereSQL = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT \(Schema.summaryColumns) FROM submissions\(whereSQL) ORDER BY submitted_at, id",
                                    arguments: StatementArguments(args)).map(Self.summary)
        }
    }

    static func summary(_ r: Row) -> SubmissionSummary {
        var f = SubmissionFigures()
        f.errors = r[8]; f.warnings = r[9]; f.infos = r[10]
        f.covered = r[11]; f.late = r[12]; f.partial = r[13]; f.missing = r[14]
        f.earlyPlansOwed = r[15]; f.earlyPlansIssued = r[16]
        return SubmissionSummary(id: r[0], packID: r[1], province: r[2], unitID: r[3], username: r[4], submittedAt: r[5],
                                 displayName: r[6], format: r[7], figures: f, findingCount: r[17], fileSize: r[18])
    }

    public func submission(id: Int64) async throws -> StoredSubmission? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Schema.summaryColumns), report_html, coverage_json FROM submissions WHERE id = ?",
                                             arguments: [id]) else { return nil }
            let file = try Data.fetchOne(db, sql: "SELECT bytes FROM submission_files WHERE submission_id = ?", arguments: [id]) ?? Data()
            let extract = try String.fetchOne(db, sql: "SELECT json FROM extracts WHERE submission_id = ?", arguments: [id]) ?? ""
            let findings = try Row.fetchAll(db, sql: """
                SELECT rule_id, severity, message, path, line, col FROM findings WHERE submission_id = ? ORDER BY ordinal
                """, arguments: [id]).map { StoredFinding(ruleID: $0[0], severity: $0[1], message: $0[2], path: $0[3], line: $0[4], column: $0[5]) }
            return StoredSubmission(summary: Self.summary(row), file: [UInt8](file), extractJSON: extract,
                                    reportHTML: row[19], coverageJSON: row[20], findings: findings)
        }
    }

    public func integrity() async throws -> StoreIntegrity {
        try await pool.read { db in
            StoreIntegrity(
                submissions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submissions") ?? 0,
                files: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission_files") ?? 0,
                extracts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM extracts") ?? 0,
                findingMismatches: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM submissions s WHERE s.finding_count <> (SELECT COUNT(*) FROM findings f WHERE f.submission_id = s.id)
                    """) ?? 0)
        }
    }

    public func close() async throws { try pool.close() }
}
