import Foundation

/// How one server instance runs.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Holds the SQLite file (planlint.sqlite) and the scratch folder for uploads being read.
    public var dataDirectory = "planlint-data"
    /// `postgres://…` for the shared store; nil for embedded SQLite.
    public var databaseURL: String?
    /// The shipped rules (masters/ and units/ inside).
    public var rulesDirectory: String
    /// Cookies carry `Secure`; browsers treat http://127.0.0.1 and localhost as secure origins.
    public var secureCookies = true
    public var bcryptCost: UInt8 = 12
    /// Plans read at the same time (reading is CPU-bound); others wait their turn.
    public var checkConcurrency = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(rulesDirectory: String) { self.rulesDirectory = rulesDirectory }

    public var sqlitePath: String { URL(fileURLWithPath: dataDirectory).appendingPathComponent("planlint.sqlite").path }
    public var scratchDirectory: URL { URL(fileURLWithPath: dataDirectory).appendingPathComponent("scratch") }
}
