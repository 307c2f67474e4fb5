import Foundation
import PlanModel

/// The relationships of one OPC part (`_rels/*.rels`): how a package names its parts.
///
/// Word writes `word/document.xml`, but other producers may name the main part
/// differently; following the relationships finds it wherever it is.
struct DocxRelationships {
    struct Relationship {
        var type: String
        var target: String
        var isExternal: Bool
    }

    var relationships: [Relationship] = []

    static let officeDocumentType = "/officeDocument"
    static let numberingType = "/numbering"
    static let stylesType = "/styles"

    /// Parses a `.rels` part.
    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits) throws(PlanReadError) -> DocxRelationships {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        return DocxRelationships(relationships: collector.relationships)
    }

    /// The part name of the first internal relationship whose type ends with `typeSuffix`,
    /// resolved against `sourcePart` (the part the `.rels` belongs to; "" for the package).
    func target(ofType typeSuffix: String, from sourcePart: String) -> String? {
        guard let rel = relationships.first(where: { !$0.isExternal && $0.type.hasSuffix(typeSuffix) }) else {
            return nil
        }
        return Self.resolve(rel.target, from: sourcePart)
    }

    /// Resolves a relative target ("numbering.xml", "../word/x.xml", "/word/document.xml").
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let cleaned = target.removingPercentEncoding ?? target
        var components: [Substring]
        if cleaned.hasPrefix("/") {
            components = []
        } else {
            components = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !components.isEmpty { components.removeLast() }
        }
        for piece in cleaned.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }

    /// The `.rels` part that holds the relationships of `part` ("word/document.xml" →
    /// "word/_rels/document.xml.rels").
    static func relsPart(for part: String) -> String {
        var dir = part.split(separator: "/").map(String.init)
        let name = dir.popLast() ?? ""
        return (dir + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    private final class Collector: XMLEventHandler {
        var relationships: [Relationship] = []

        func start(_ name: XMLName, attributes: XMLAttributes) {
            guard name.local == "Relationship", let type = attributes["Type"], let target = attributes["Target"] else {
                return
            }
            relationships.append(Relationship(type: type, target: target,
                                              isExternal: attributes["TargetMode"]?.lowercased() == "external"))
        }

        func end(_ name: XMLName) {}
        func text(_ text: String) {}
    }
}
