import Foundation

/// What an account may do: a reviewer sees every unit; an agency officer submits and sees only its own unit.
public enum Role: String, Sendable, Codable, CaseIterable {
    case reviewer
    case officer
}

/// A login. An officer is bound to one unit of one province's registry.
public struct Account: Sendable, Hashable {
    public var username: String
    public var passwordHash: String
    public var role: Role
    public var province: String?
    public var unitID: String?

    public init(username: String, passwordHash: String, role: Role, province: String? = nil, unitID: String? = nil) {
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.province = province
        self.unitID = unitID
    }

    /// Whether this account may see a plan of `unitID` in `province`.
    public func maySee(province p: String, unitID u: String) -> Bool {
        role == .reviewer || (province == p && unitID == u)
    }
}

/// A logged-in browser or API client; the CSRF token is bound to the session.
public struct SessionRecord: Sendable, Hashable {
    public var token: String
    public var username: String
    public var csrf: String
    public var expiresAt: Int64

    public init(token: String, username: String, csrf: String, expiresAt: Int64) {
        self.token = token
        self.username = username
        self.csrf = csrf
        self.expiresAt = expiresAt
    }
}

/// One finding as stored: enough to list it and to compare versions.
public struct StoredFinding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: String
    public var message: String
    public var path: String?
    public var line: Int?
    public var column: Int?

    public init(ruleID: String, severity: String, message: String, path: String?, line: Int?, column: Int?) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// Identity across versions of a plan: positions move when text is inserted above, so they are left out.
    public var key: String { [ruleID, path ?? "", message].joined(separator: "\u{1F}") }
}

/// Counts shown on the summary page, computed once at submission.
public struct SubmissionFigures: Sendable, Hashable, Codable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var covered = 0
    public var late = 0
    public var partial = 0
    public var missing = 0
    /// Obligations flagged as plans every addressee must issue early in the year, and how many the plan delivers.
    public var earlyPlansOwed = 0
    public var earlyPlansIssued = 0

    public init() {}
}

/// Everything a submission stores, written in one transaction.
public struct NewSubmission: Sendable {
    public var packID: String
    public var province: String
    public var unitID: String
    public var username: String
    public var submittedAt: Int64
    /// The uploaded name, for display only (never a path on disk).
    public var displayName: String
    public var format: String
    public var file: [UInt8]
    public var extractJSON: String
    public var reportHTML: String
    public var coverageJSON: String
    public var figures: SubmissionFigures
    public var findings: [StoredFinding]

    public init(packID: String, province: String, unitID: String, username: String, submittedAt: Int64,
                displayName: String, format: String, file: [UInt8], extractJSON: String, reportHTML: String,
                coverageJSON: String, figures: SubmissionFigures, findings: [StoredFinding]) {
        self.packID = packID
        self.province = province
        self.unitID = unitID
        self.username = username
        self.submittedAt = submittedAt
        self.displayName = displayName
        self.format = format
        self.file = file
        self.extractJSON = extractJSON
        self.reportHTML = reportHTML
        self.coverageJSON = coverageJSON
        self.figures = figures
        self.findings = findings
    }
}

/// A submission as listed (without its large parts).
public struct SubmissionSummary: Sendable, Hashable {
    public var id: Int64
    public var packID: String
    public var province: String
    public var unitID: String
    public var username: String
    public var submittedAt: Int64
    public var displayName: String
    public var format: String
    public var figures: SubmissionFigures
    public var findingCount: Int
    public var fileSize: Int

    public init(id: Int64, packID: String, province: String, unitID: String, username: String, submittedAt: Int64,
                displayName: String, format: String, figures: SubmissionFigures, findingCount: Int, fileSize: Int) {
        self.id = id
        self.packID = packID
        self.province = province
        self.unitID = unitID
        self.username = username
        self.submittedAt = submittedAt
        self.displayName = displayName
        self.format = format
        self.figures = figures
        self.findingCount = findingCount
        self.fileSize = fileSize
    }
}

/// A submission with its stored parts.
public struct StoredSubmission: Sendable {
    public var summary: SubmissionSummary
    public var file: [UInt8]
    public var extractJSON: String
    public var reportHTML: String
    public var coverageJSON: String
    public var findings: [StoredFinding]

    public init(summary: SubmissionSummary, file: [UInt8], extractJSON: String, reportHTML: String, coverageJSON: String,
                findings: [StoredFinding]) {
        self.summary = summary
        self.file = file
        self.extractJSON = extractJSON
        self.reportHTML = reportHTML
        self.coverageJSON = coverageJSON
        self.findings = findings
    }
}
