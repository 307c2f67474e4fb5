import Foundation
import LegalReferences
import PlanModel
import Testing
import Yams

/// The shipped catalogue, decoded with Yams from `rules/legal/catalog.yaml`.
func shippedCatalog() throws -> LegalCatalog {
    let url = repositoryRoot.appendingPathComponent("rules/legal/catalog.yaml")
    return try YAMLDecoder().decode(LegalCatalog.self, from: try String(contentsOf: url, encoding: .utf8))
}

@Suite("LegalCatalog")
struct LegalCatalogTests {
    @Test("decodes the shipped catalogue with its seed facts")
    func seedFacts() throws {
        let catalog = try shippedCatalog()
        #expect(catalog.version == 1)

        let decree60 = try #require(catalog.entry(forSymbol: "60/2021/NĐ-CP"))
        #expect(decree60.date == civil(21, 6, 2021))
        #expect(decree60.effective == civil(15, 8, 2021))
        #expect(Set(decree60.ends.map(LegalSymbolKey.init)) == Set(
            ["16/2015/NĐ-CP", "54/2016/NĐ-CP", "141/2016/NĐ-CP", "85/2012/NĐ-CP"].map(LegalSymbolKey.init)))
        #expect(catalog.entry(forSymbol: "16/2015/NĐ-CP")?.date == civil(14, 2, 2015))
        #expect(catalog.entry(forSymbol: "141/2016/NĐ-CP")?.date == civil(10, 10, 2016))

        let decree61 = try #require(catalog.entry(forSymbol: "61/2018/NĐ-CP"))
        #expect(decree61.date == civil(23, 4, 2018))
        #expect(decree61.effective == civil(21, 6, 2018))
        #expect(decree61.amendedBy.map(\.symbol) == ["107/2021/NĐ-CP"])
        #expect(decree61.amendedBy.first?.date == civil(6, 12, 2021))
        #expect(catalog.entry(forSymbol: "118/2025/NĐ-CP")?.date == civil(9, 6, 2025))
        #expect(catalog.entry(forSymbol: "118/2025/NĐ-CP")?.effective == civil(1, 7, 2025))

        let decree43 = try #require(catalog.entry(forSymbol: "43/2011/NĐ-CP"))
        #expect(decree43.date == civil(13, 6, 2011))
        #expect(decree43.replacedBy?.symbol == "42/2022/NĐ-CP")
        #expect(decree43.replacementConfirmed == false)
        let decree42 = try #require(catalog.entry(forSymbol: "42/2022/NĐ-CP"))
        #expect(decree42.date == civil(24, 6, 2022))
        #expect(decree42.effective == civil(15, 8, 2022))
        #expect(decree42.replacedBy == .init(symbol: "224/2026/NĐ-CP", effective: civil(1, 7, 2026)))

        #expect(catalog.entry(forSymbol: "130/2005/NĐ-CP")?.date == civil(17, 10, 2005))
        #expect(catalog.entry(forSymbol: "117/2013/NĐ-CP")?.date == civil(7, 10, 2013))
        for symbol in ["130/2005/NĐ-CP", "117/2013/NĐ-CP"] {
            #expect(catalog.entry(forSymbol: symbol)?.replacedBy == .init(symbol: "75/2026/NĐ-CP",
                                                                          effective: civil(1, 5, 2026)))
        }

        let dated: [(String, CivilDate, CivilDate?)] = [
            ("92/2017/NĐ-CP", civil(7, 8, 2017), civil(25, 9, 2017)),
            ("45/2020/NĐ-CP", civil(8, 4, 2020), nil),
            ("20/2008/NĐ-CP", civil(14, 2, 2008), civil(3, 3, 2008)),
            ("30/2020/NĐ-CP", civil(5, 3, 2020), civil(5, 3, 2020)),
            ("45/2016/QĐ-TTg", civil(19, 10, 2016), civil(16, 12, 2016)),
            ("468/QĐ-TTg", civil(27, 3, 2021), nil),
            ("76/NQ-CP", civil(15, 7, 2021), nil),
            ("766/QĐ-TTg", civil(23, 6, 2022), nil),
            ("1149/QĐ-BNV", civil(30, 12, 2020), nil),
        ]
        for (symbol, date, effective) in dated {
            let entry = try #require(catalog.entry(forSymbol: symbol), "\(symbol)")
            #expect(entry.date == date, "\(symbol)")
            if let effective { #expect(entry.effective == effective, "\(symbol)") }
        }
        let decision876 = try #require(catalog.entry(forSymbol: "876/QĐ-BNV"))
        #expect(decision876.effective == civil(10, 11, 2022))
        #expect(decision876.ends == ["1149/QĐ-BNV"])
    }

    @Test("status over time follows both sides of a replacement")
    func statusOverTime() throws {
        let catalog = try shippedCatalog()
        let decree16 = try #require(catalog.entry(forSymbol: "16/2015/NĐ-CP"))
        #expect(catalog.status(of: decree16, asOf: civil(14, 8, 2021)) == .inForce)
        guard case .replaced(let succession) = catalog.status(of: decree16, asOf: civil(15, 8, 2021)) else {
            Issue.record("16/2015/NĐ-CP should be replaced from 15/8/2021")
            return
        }
        #expect(succession.successor == "60/2021/NĐ-CP")

        let decree43 = try #require(catalog.entry(forSymbol: "43/2011/NĐ-CP"))
        #expect(catalog.status(of: decree43, asOf: civil(14, 8, 2022)) == .inForce)
        guard case .replacementUnconfirmed(let probable) = catalog.status(of: decree43, asOf: civil(15, 8, 2022)) else {
            Issue.record("43/2011/NĐ-CP should be a replacement to verify from 15/8/2022")
            return
        }
        #expect(probable.successor == "42/2022/NĐ-CP")
        #expect(catalog.currentSuccessor(of: probable, asOf: civil(1, 7, 2026)) == "224/2026/NĐ-CP")
        #expect(catalog.currentSuccessor(of: probable, asOf: civil(30, 6, 2026)) == nil)

        let decree130 = try #require(catalog.entry(forSymbol: "130/2005/NĐ-CP"))
        #expect(catalog.status(of: decree130, asOf: civil(30, 4, 2026)) == .inForce)
        #expect(catalog.status(of: decree130, asOf: civil(1, 5, 2026)) != .inForce)

        let decision1149 = try #require(catalog.entry(forSymbol: "1149/QĐ-BNV"))
        #expect(catalog.status(of: decision1149, asOf: civil(9, 11, 2022)) == .inForce)
        #expect(catalog.status(of: decision1149, asOf: civil(10, 11, 2022)) != .inForce)
    }

    @Test("lookup tolerates OCR variants of a symbol")
    func ocrLookup() throws {
        let catalog = try shippedCatalog()
        #expect(catalog.entry(forSymbol: "61/2018/ND-CP")?.symbol == "61/2018/NĐ-CP")
        #expect(catalog.entry(forSymbol: "468/qd-ttg")?.symbol == "468/QĐ-TTg")
        let ref = try #require(scan("Nghj djnh sO 61/201 8/ND-CP ngày 23/4/2018").first)
        #expect(catalog.entry(for: ref)?.symbol == "61/2018/NĐ-CP")
        #expect(catalog.entry(forSymbol: "62/2018/NĐ-CP") == nil)
    }

    @Test("every entry is sourced, unique, scans back to itself, and names only catalogued documents")
    func consistency() throws {
        let catalog = try shippedCatalog()
        #expect(catalog.documents.count >= 24)
        #expect(Set(catalog.documents.map { LegalSymbolKey($0.symbol) }).count == catalog.documents.count)
        for entry in catalog.documents {
            #expect(!entry.source.isEmpty, "\(entry.symbol)")
            #expect(entry.verified || entry.note != nil, "\(entry.symbol) is unverified without a note")
            let ref = scan("\(entry.type) số \(entry.symbol)").first
            #expect(ref?.symbol == entry.symbol, "\(entry.symbol)")
            #expect(ref?.typeWord == entry.type, "\(entry.symbol)")
            #expect(ref?.number == entry.number, "\(entry.symbol)")
            let named = entry.ends + entry.amendedBy.map(\.symbol) + [entry.replacedBy?.symbol].compactMap { $0 }
            for symbol in named { #expect(catalog.entry(forSymbol: symbol) != nil, "\(entry.symbol) names \(symbol)") }
        }
    }

    @Test("a malformed date in a catalogue is a decoding error")
    func malformedDate() {
        let yaml = """
        version: 1
        documents:
          - symbol: 1/2020/NĐ-CP
            number: "1"
            type: Nghị định
            date: 2020-02-31
            source: test
        """
        #expect(throws: DecodingError.self) { try YAMLDecoder().decode(LegalCatalog.self, from: yaml) }
    }
}
