import PlanModel

/// A configured unit id (`--unit`, or `unit:` in `.planlint.yaml`) that the master pack's
/// registry does not have. A typo must stop the run (exit 2), not silently drop the
/// obligation checks.
public struct UnknownUnitError: Error, Sendable, Equatable, CustomStringConvertible {
    public var unitID: String
    /// The registry file the id was looked up in.
    public var registryFile: String
    /// The closest ids of the registry, best first.
    public var closest: [String]
    /// Where the id was written, when it comes from a file (`unit:` in a configuration).
    public var span: SourceSpan?

    public init(unitID: String, registryFile: String, closest: [String], span: SourceSpan? = nil) {
        self.unitID = unitID
        self.registryFile = registryFile
        self.closest = closest
        self.span = span
    }

    public var message: String {
        var m = "không có đơn vị '\(unitID)' trong danh mục \(registryFile)"
        if !closest.isEmpty { m += "; gần nhất: \(closest.joined(separator: ", "))" }
        return m
    }

    public var messageEn: String {
        var m = "unit '\(unitID)' is not in the registry \(registryFile)"
        if !closest.isEmpty { m += "; closest: \(closest.joined(separator: ", "))" }
        return m
    }

    /// One line: "file:line:col: message" for `unit:`, "--unit: message" for the option.
    public func line(english: Bool = false) -> String {
        let place = span.map { "\($0.file):\($0.start.line):\($0.start.column)" } ?? "--unit"
        return "\(place): \(english ? messageEn : message)"
    }

    public var description: String { line() }

    /// As a data-file issue, for callers that report those (the option has no position of its
    /// own, so it points at the registry the id is missing from).
    public var issue: RuleFileIssue {
        if let span { return RuleFileIssue(span, vi: message, en: messageEn) }
        return RuleFileIssue(file: registryFile, line: 1, column: 1, message: "--unit: " + message, messageEn: "--unit: " + messageEn)
    }
}
