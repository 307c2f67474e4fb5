import Foundation
import PlanModel
import Yams

/// Renders extract documents as JSON or YAML.
public enum ExtractRenderer {
    public enum Format: String, CaseIterable, Sendable { case json, yaml }

    /// One document for one file; an array for several.
    public static func render(_ plans: [Plan], format: Format) throws -> String {
        let docs = plans.map(ExtractDocument.init)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = docs.count == 1 ? try encoder.encode(docs[0]) : try encoder.encode(docs)
            return String(decoding: data, as: UTF8.self)
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.allowUnicode = true
            encoder.options.sortKeys = true
            return docs.count == 1 ? try encoder.encode(docs[0]) : try encoder.encode(docs)
        }
    }
}
