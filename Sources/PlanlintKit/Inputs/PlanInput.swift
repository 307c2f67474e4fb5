import Foundation

/// One plan to check, as the user named it: a file, or standard input.
public struct PlanInput: Sendable, Equatable {
    /// The path shown in every message: the file as found, or `--stdin-filename` for stdin.
    public var path: String
    /// The bytes read from standard input (`-`); nil for a file, which is read from `path`.
    public var standardInput: Data?

    public init(path: String, standardInput: Data? = nil) {
        self.path = path
        self.standardInput = standardInput
    }

    public var isStandardInput: Bool { standardInput != nil }
}
