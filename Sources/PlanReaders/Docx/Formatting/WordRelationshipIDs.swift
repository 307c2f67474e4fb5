import Foundation

/// Relationship id → part name, from one `.rels` part (headers and footers are named by id).
enum WordRelationshipIDs {
    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits, source: String)
        throws(PlanReadError) -> [String: String] {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        var out: [String: String] = [:]
        for (id, target) in collector.pairs { out[id] = DocxRelationships.resolve(target, from: source) }
        return out
    }

    private final class Collector: XMLEventHandler {
        var pairs: [(String, String)] = []
        func start(_ name: XMLName, attributes: XMLAttributes) {
            guard name.local == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"]?.lowercased() != "external" else { return }
            pairs.append((id, target))
        }
        func end(_ name: XMLName) {}
        func text(_ text: String) {}
    }
}
