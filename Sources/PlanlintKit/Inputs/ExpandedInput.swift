import Foundation
import PlanReaders

/// One plan to check, as the user named it: a file, or standard input.
public struct ExpandedInput: Sendable, Equatable {
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

extension ExpandedInput {
    /// What the reader registry reads: the file, or standard input's bytes under the
    /// `--stdin-filename` name (the readers take bytes, so nothing is spooled to disk).
    public var planInput: PlanInput {
        if let bytes = standardInput { return PlanInput(bytes: [UInt8](bytes), displayPath: path) }
        return PlanInput(path: path)
    }
}
