import Foundation
#if canImport(PlanlintPostgres)
import PlanlintPostgres
#endif
import PlanlintServer
import Testing

/// The backends the same suite runs on. PostgreSQL needs PLANLINT_TEST_POSTGRES_URL (an account
/// allowed to create databases); `.ci/run` starts a local server and sets it.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let postgresURL = ProcessInfo.processInfo.environment["PLANLINT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    #if canImport(PlanlintPostgres)
    var available: Bool { self == .sqlite || Self.postgresURL != nil }
    #else
    var available: Bool { self == .sqlite }
    #endif

    /// A fresh, empty store: a new SQLite file, or a new PostgreSQL database.
    func makeStore() async throws -> any SubmissionStore {
        switch self {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-store-\(UUID().uuidString)")
            return try SQLiteStore(path: dir.appendingPathComponent("planlint.sqlite").path)
        case .postgres:
            #if canImport(PlanlintPostgres)
            let admin = try #require(Self.postgresURL)
            let name = "planlint_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
            try await PostgresAdmin.createDatabase(adminURL: admin, name: name)
            var c = try #require(URLComponents(string: admin))
            c.path = "/" + name
            return try PostgresStore(url: try #require(c.string))
            #else
            throw StoreError.badURL("this build has no PlanlintPostgres")
            #endif
        }
    }
}

let backends = Backend.allCases.filter(\.available)

func sampleSubmission(unit: String = "so-tu-phap", at: Int64 = 1_700_000_000_000, findings: Int = 3) -> NewSubmission {
    var f = SubmissionFigures()
    f.errors = 1; f.warnings = 2; f.covered = 4; f.missing = 1; f.earlyPlansOwed = 1; f.earlyPlansIssued = 1
    return NewSubmission(
        packID: "quang-ngai/2023", province: "quang-ngai", unitID: unit, username: "cb-\(unit)", submittedAt: at,
        displayName: "Kế hoạch <b>CCHC</b> 2023.docx", format: "docx", file: Array("PK\u{3}\u{4} bytes \u{0} with NUL".utf8),
        extractJSON: #"{"version":1,"plan":{"title":"Cải cách hành chính"}}"#, reportHTML: "<html>báo cáo</html>",
        coverageJSON: "[]", figures: f,
        findings: (0..<findings).map { StoredFinding(ruleID: "task.lead.missing", severity: $0 == 0 ? "error" : "warning",
                                                      message: "Nhiệm vụ \($0) thiếu đơn vị chủ trì", path: "II.\($0)", line: $0 + 10, column: nil) })
}

@Suite("Submission store (SQLite and PostgreSQL)")
struct StoreSuite {
    /// Shown as skipped (with the reason) when no PostgreSQL server is configured, so a run
    /// without it says that the PostgreSQL half of this suite did not run.
    @Test("PostgreSQL server reachable for the store suite",
          .enabled(if: Backend.postgres.available, "PLANLINT_TEST_POSTGRES_URL not set: PostgreSQL store tests SKIPPED"))
    func postgresReachable() async throws {
        let store = try await Backend.postgres.makeStore()
        try await store.migrate()
        #expect(try await store.integrity() == StoreIntegrity(submissions: 0, files: 0, extracts: 0, findingMismatches: 0))
        try await store.close()
    }

    @Test("migrations run once and are idempotent", arguments: backends)
    func migrate(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        try await store.migrate()
        #expect(try await store.accountCount() == 0)
        try await store.close()
    }

    @Test("accounts: create, read back, duplicate refused", arguments: backends)
    func accounts(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        let officer = Account(username: "cb-stp", passwordHash: "$2b$04$hash", role: .officer, province: "quang-ngai", unitID: "so-tu-phap")
        try await store.createAccount(officer)
        try await store.createAccount(Account(username: "thamdinh", passwordHash: "h", role: .reviewer))
        #expect(try await store.account(username: "cb-stp") == officer)
        #expect(try await store.account(username: "thamdinh")?.role == .reviewer)
        #expect(try await store.account(username: "nobody") == nil)
        #expect(try await store.accountCount() == 2)
        await #expect(throws: StoreError.self) { try await store.createAccount(officer) }
        try await store.close()
    }

    @Test("sessions: create, find, delete", arguments: backends)
    func sessions(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        try await store.createAccount(Account(username: "u", passwordHash: "h", role: .reviewer))
        let s = SessionRecord(token: String(repeating: "a", count: 64), username: "u", csrf: "c", expiresAt: 42)
        try await store.createSession(s)
        #expect(try await store.session(token: s.token) == s)
        try await store.deleteSession(token: s.token)
        #expect(try await store.session(token: s.token) == nil)
        try await store.close()
    }

    @Test("a submission reads back whole: file bytes, extract, report, findings in order", arguments: backends)
    func roundTrip(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        let new = sampleSubmission()
        let id = try await store.insert(new)
        let got = try #require(try await store.submission(id: id))
        #expect(got.file == new.file)
        #expect(got.extractJSON == new.extractJSON)
        #expect(got.reportHTML == new.reportHTML)
        #expect(got.findings == new.findings)
        #expect(got.summary.figures == new.figures)
        #expect(got.summary.displayName == new.displayName)
        #expect(got.summary.fileSize == new.file.count)
        #expect(got.summary.findingCount == 3)
        #expect(try await store.submission(id: id + 1000) == nil)
        let integrity = try await store.integrity()
        #expect(integrity == StoreIntegrity(submissions: 1, files: 1, extracts: 1, findingMismatches: 0))
        try await store.close()
    }

    @Test("listing filters by pack and unit, oldest first", arguments: backends)
    func listing(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        let a1 = try await store.insert(sampleSubmission(unit: "so-tu-phap", at: 3000))
        let b = try await store.insert(sampleSubmission(unit: "so-noi-vu", at: 2000))
        let a0 = try await store.insert(sampleSubmission(unit: "so-tu-phap", at: 1000, findings: 0))
        #expect(try await store.submissions(packID: nil, province: nil, unitID: nil).map(\.id) == [a0, b, a1])
        #expect(try await store.submissions(packID: "quang-ngai/2023", province: "quang-ngai", unitID: "so-tu-phap").map(\.id) == [a0, a1])
        #expect(try await store.submissions(packID: "quang-tri/2022", province: nil, unitID: nil).isEmpty)
        #expect(try await store.submissions(packID: nil, province: "quang-tri", unitID: "so-tu-phap").isEmpty)
        try await store.close()
    }

    @Test("concurrent inserts all commit, none half-stored", arguments: backends)
    func concurrent(_ backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await store.migrate()
        try await withThrowingTaskGroup(of: Int64.self) { group in
            for i in 0..<40 { group.addTask { try await store.insert(sampleSubmission(unit: "u\(i % 7)", at: Int64(i), findings: i % 5)) } }
            var ids: Set<Int64> = []
            for try await id in group { ids.insert(id) }
            #expect(ids.count == 40)
        }
        #expect(try await store.integrity() == StoreIntegrity(submissions: 40, files: 40, extracts: 40, findingMismatches: 0))
        try await store.close()
    }
}
