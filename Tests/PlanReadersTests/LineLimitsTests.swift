import Foundation
import PlanModel
@testable import PlanReaders
import Testing

/// The per-line bounds of `LineLimits`: what real plans write passes, what only damaged or
/// hostile text has is refused with the line and column.
@Suite("Line limits")
struct LineLimitsTests {
    static func read(_ text: String) throws(PlanReadError) -> SourceText {
        try TextReader.read(bytes: Array(text.utf8), displayPath: "plan.txt")
    }

    /// Leading markers and their level counts; nil when within the limit.
    static let markers: [(line: String, levels: Int?)] = [
        ("I. MỤC ĐÍCH", nil),
        ("1.2.3.4.5.6. Nhiệm vụ", nil),
        ("  a) Xây dựng", nil),
        ("31.12.2021 là hạn", nil),
        ("1." + String(repeating: "1.", count: 15) + " x", nil),        // 16 levels: the limit
        ("1." + String(repeating: "1.", count: 16) + " x", 17),
        ("   I." + String(repeating: "2.", count: 40) + " x", 41),
        ("Căn cứ " + String(repeating: "1.", count: 40), nil),          // not at the start
        (String(repeating: "abcdefghi.", count: 30), nil),               // tokens longer than a marker
    ]

    @Test(arguments: markers.indices)
    func markerDepth(_ i: Int) {
        let (line, levels) = Self.markers[i]
        #expect(LineLimits.deepMarker(line)?.levels == levels, "\(line.prefix(40))")
    }

    @Test func deepMarkerIsRefusedAtItsLineAndColumn() {
        let text = "KẾ HOẠCH\n\n  I." + String(repeating: "1.", count: 20) + " x\n"
        #expect { try Self.read(text) } throws: { error in
            guard let e = error as? PlanReadError else { return false }
            return e.location == "3:3" && e.message.contains("21 cấp") && e.messageEn.contains("21 levels")
        }
    }

    @Test func overlongLineIsRefused() {
        let text = "KẾ HOẠCH\n" + String(repeating: "Căn cứ Nghị định; ", count: 12_000) + "\n"
        #expect { try Self.read(text) } throws: { error in
            guard let e = error as? PlanReadError else { return false }
            return e.location == "2:1" && e.messageEn.contains("\(18 * 12_000) characters")
        }
    }

    @Test func longButRealisticLineIsRead() throws {
        // A whole plan pasted on one line stays under the limit.
        let text = "KẾ HOẠCH\n" + String(repeating: "Tổ chức thực hiện nhiệm vụ cải cách hành chính. ", count: 3_000) + "\n"
        #expect(try Self.read(text).lines.count == 2)
    }
}
