import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanlintTestSupport
import Testing

/// Issue 11's acceptance on ../shared/realdocs: header facts against header-gold.json and
/// the signer against site-metadata.json. Skipped (visibly) when the directory is absent.
///
/// Comparison: both sides NFC, whitespace runs collapsed to one space, trimmed, compared
/// without case (the gold keeps capitals as printed; a title in capitals is the same title).
/// The issuing body is parent and issuer joined with one space, as `issuerFull` is.
@Suite("Real documents: header and closing", .enabled(if: RealDocs.directory != nil, "../shared/realdocs is absent"))
struct RealDocsHeaderAcceptanceTests {
    struct Figures {
        var hits: [String: Int] = [:]
        var totals: [String: Int] = [:]
        mutating func count(_ field: String, _ ok: Bool) {
            totals[field, default: 0] += 1
            if ok { hits[field, default: 0] += 1 }
        }
        func ratio(_ field: String) -> Double { Double(hits[field] ?? 0) / Double(max(1, totals[field] ?? 0)) }
    }

    static func normalized(_ s: String?) -> String? {
        guard let s else { return nil }
        let collapsed = s.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed.uppercased()
    }

    @Test func headerAndSignerMeetTheThresholds() throws {
        let dir = try #require(RealDocs.directory)
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("header-gold.json"))) as! [String: [String: Any]]
        let site = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("site-metadata.json"))) as! [String: [String: Any]]
        var f = Figures()
        let n = Self.normalized
        var plans: [String: Plan] = [:]
        for name in Set(gold.keys).union(site.keys) {
            let path = dir.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            plans[name] = PlanParser.parse(try PlanFileReader.read(path: path))
        }
        for (name, g) in gold {
            let plan = try #require(plans[name], "\(name) unread")
            let h = plan.header
            f.count("number", n(h.number?.value) == n(g["number"] as? String))
            f.count("symbol", n(h.symbol?.value) == n(g["symbol"] as? String))
            f.count("date", h.date?.value.iso == g["date"] as? String)
            let issuer = [h.parentIssuer?.value, h.issuer?.value].compactMap { $0 }.joined(separator: " ")
            f.count("issuer", n(issuer) == n(g["issuerFull"] as? String))
            f.count("type", n(h.documentType?.value) == n(g["documentType"] as? String))
            f.count("title", n(h.title?.value) == n(g["title"] as? String))
            f.count("place", n(h.place?.value) == n(g["place"] as? String))
        }
        for (name, s) in site {
            guard let signer = s["signer"] as? String, !signer.isEmpty, let plan = plans[name] else { continue }
            f.count("signer", n(plan.signature?.name?.value) == n(signer))
        }
        let thresholds: [(String, Double)] = [("number", 0.99), ("symbol", 0.99), ("date", 0.99), ("issuer", 0.95),
                                              ("type", 0.98), ("title", 0.95), ("place", 0.95), ("signer", 0.95)]
        for (field, min) in thresholds {
            let r = f.ratio(field)
            print("realdocs \(field): \(f.hits[field] ?? 0)/\(f.totals[field] ?? 0) = \(String(format: "%.1f", r * 100)) %")
            #expect(r >= min, "\(field): \(f.hits[field] ?? 0)/\(f.totals[field] ?? 0) below \(min)")
        }
        #expect((f.totals["number"] ?? 0) >= 100, "the gold covers at least 100 documents")
    }
}

enum RealDocs {
    /// `../shared/realdocs` beside the repository, or nil when absent.
    static var directory: URL? {
        let url = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/realdocs")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("header-gold.json").path) ? url : nil
    }
}
