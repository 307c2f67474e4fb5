/// The subset of SARIF 2.1.0 planlint writes. Optional properties are omitted when nil
/// (the schema allows no nulls). Internal to the module, never part of the public API.
extension SARIFReporter {
    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    /// One planlint invocation; `columnKind` names the unit of every column in it.
    struct Run: Encodable {
        let tool: Tool
        let columnKind: String
        let language: String
        let originalUriBaseIds: [String: ArtifactLocation]?
        let results: [Result]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [ReportingDescriptor]
    }

    /// Rule metadata (`tool.driver.rules[]`), referenced by `Result.ruleIndex`.
    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message?
        let help: Message?
        let helpUri: String?
        let defaultConfiguration: Configuration
        let properties: RuleProperties?
    }

    struct RuleProperties: Encodable {
        let pack: String?
        let tags: [String]?
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct Message: Encodable {
        let text: String
    }

    /// One finding; `partialFingerprints` lets dashboards follow it across edits.
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let properties: ResultProperties
    }

    /// planlint's own finding fields, kept for consumers that read the property bag.
    struct ResultProperties: Encodable {
        let path: String?
        let evidence: String?
        let suggestion: String?
        let wholeFile: Bool?
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocationDTO]?
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    /// A file: a relative URI resolved against `%SRCROOT%`, or an absolute `file://` URI.
    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    /// Lines and code-point columns (end exclusive); nil columns widen to whole lines.
    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
        let endLine: Int?
        let endColumn: Int?
        let snippet: Message?
    }

    /// A task path ("II.2.c", kind "task") or a Word location (kind "element").
    struct LogicalLocationDTO: Encodable {
        let name: String
        let fullyQualifiedName: String
        let kind: String
    }
}
