import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A shell-style path pattern: `*`, `?` and `[…]` within one path segment (as `fnmatch`),
/// `**` across any number of segments, as in `.gitignore` and the GitHub and GitLab templates.
public struct Glob: Sendable, Equatable {
    public let pattern: String
    let segments: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether a string has any pattern character (else it names one path).
    public static func isPattern(_ s: String) -> Bool { s.contains { "*?[".contains($0) } }

    /// Whether `path` (segments separated by `/`, relative to the pattern's base) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Self.match(segments[...], parts[...])
    }

    static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            // Zero or more whole segments.
            var rest = path
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let segment = path.first, fnmatch(first, segment, FNM_PERIOD) == 0 else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}
