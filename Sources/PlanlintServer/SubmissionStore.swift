import Foundation

/// The one interface to persistence; SQLite (embedded, default) and PostgreSQL (shared) implement it
/// and the same test suite runs against both.
public protocol SubmissionStore: Sendable {
    /// Creates or upgrades the schema; safe to call at every start.
    func migrate() async throws
    /// Adds an account; throws `StoreError.duplicate` when the name is taken.
    func createAccount(_ account: Account) async throws
    func account(username: String) async throws -> Account?
    func accountCount() async throws -> Int

    func createSession(_ session: SessionRecord) async throws
    func session(token: String) async throws -> SessionRecord?
    func deleteSession(token: String) async throws

    /// Stores the file, its extract, its report and its findings in ONE transaction; returns the new id.
    func insert(_ submission: NewSubmission) async throws -> Int64
    /// Submissions, oldest first, optionally only of one pack and/or one unit (`province` + `unitID`).
    func submissions(packID: String?, province: String?, unitID: String?) async throws -> [SubmissionSummary]
    func submission(id: Int64) async throws -> StoredSubmission?
    /// Counts rows of each stored part, to check that nothing was half-stored.
    func integrity() async throws -> StoreIntegrity
    func close() async throws
}

/// Row counts of the parts of submissions; equal counts and matching findings mean nothing is half-stored.
public struct StoreIntegrity: Sendable, Hashable {
    public var submissions: Int
    public var files: Int
    public var extracts: Int
    /// Submissions whose stored finding rows differ from the count recorded with them.
    public var findingMismatches: Int

    public init(submissions: Int, files: Int, extracts: Int, findingMismatches: Int) {
        self.submissions = submissions
        self.files = files
        self.extracts = extracts
        self.findingMismatches = findingMismatches
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case duplicate(String)
    case badURL(String)

    public var description: String {
        switch self {
        case .duplicate(let name): return "tài khoản \(name) đã có"
        case .badURL(let url): return "địa chỉ cơ sở dữ liệu không hợp lệ: \(url)"
        }
    }
}

/// The schema, in the SQL both engines accept except for the identity column and the blob type.
public enum Schema {
    public static func statements(identity: String, blob: String) -> [String] {
        [
            """
            CREATE TABLE accounts (
                username TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                province TEXT,
                unit_id TEXT
            )
            """,
            """
            CREATE TABLE sessions (
                token TEXT PRIMARY KEY,
                username TEXT NOT NULL REFERENCES accounts(username),
                csrf TEXT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE submissions (
                id \(identity),
                pack_id TEXT NOT NULL,
                province TEXT NOT NULL,
                unit_id TEXT NOT NULL,
                username TEXT NOT NULL,
                submitted_at BIGINT NOT NULL,
                display_name TEXT NOT NULL,
                format TEXT NOT NULL,
                errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL,
                covered INTEGER NOT NULL, late INTEGER NOT NULL, partial INTEGER NOT NULL, missing INTEGER NOT NULL,
                early_owed INTEGER NOT NULL, early_issued INTEGER NOT NULL,
                finding_count INTEGER NOT NULL,
                file_size INTEGER NOT NULL,
                report_html TEXT NOT NULL,
                coverage_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX submissions_unit ON submissions(province, unit_id, submitted_at)",
            "CREATE INDEX submissions_pack ON submissions(pack_id)",
            """
            CREATE TABLE submission_files (
                submission_id BIGINT PRIMARY KEY REFERENCES submissions(id),
                bytes \(blob) NOT NULL
            )
            """,
            """
            CREATE TABLE extracts (
                submission_id BIGINT PRIMARY KEY REFERENCES submissions(id),
                json TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE findings (
                submission_id BIGINT NOT NULL REFERENCES submissions(id),
                ordinal INTEGER NOT NULL,
                rule_id TEXT NOT NULL,
                severity TEXT NOT NULL,
                message TEXT NOT NULL,
                path TEXT,
                line INTEGER,
                col INTEGER,
                PRIMARY KEY (submission_id, ordinal)
            )
            """,
        ]
    }

    public static let summaryColumns = """
        id, pack_id, province, unit_id, username, submitted_at, display_name, format, errors, warnings, infos,
        covered, late, partial, missing, early_owed, early_issued, finding_count, file_size
        """
}
