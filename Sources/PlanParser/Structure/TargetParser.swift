import Foundation
import PlanModel
import VietnameseText

/// Reads points out of a target ("Phấn đấu đạt 10,5/10,5 điểm", "đạt 4.2 điểm trên tổng 5 điểm").
enum TargetParser {
    static func target(_ text: Located<String>) -> Target {
        let numbers = numbersBeforeOrAroundPoints(text.value)
        return Target(text: text, points: numbers.points, maxPoints: numbers.max)
    }

    static func numbersBeforeOrAroundPoints(_ s: String) -> (points: Double?, max: Double?) {
        let folded = VietnameseFolding.fold(s)
        guard folded.contains("diem") else { return (nil, nil) }
        let scalars = Array(folded.unicodeScalars)
        var numbers: [(value: Double, end: Int, slashAfter: Bool)] = []
        var i = 0
        while i < scalars.count {
            guard MarkerScanner.digit(scalars[i]) != nil else { i += 1; continue }
            var j = i
            var text = ""
            while j < scalars.count, MarkerScanner.digit(scalars[j]) != nil || ((scalars[j] == "," || scalars[j] == ".") && j + 1 < scalars.count && MarkerScanner.digit(scalars[j + 1]) != nil) {
                text.unicodeScalars.append(scalars[j] == "," ? "." : scalars[j])
                j += 1
            }
            var k = j
            while k < scalars.count, scalars[k] == " " { k += 1 }
            if let v = Double(text) { numbers.append((v, j, k < scalars.count && scalars[k] == "/")) }
            i = j
        }
        // "a/b điểm"
        for (n, entry) in numbers.enumerated() where entry.slashAfter && n + 1 < numbers.count {
            return (entry.value, numbers[n + 1].value)
        }
        // "đạt 4.2 điểm trên tổng 5 điểm" / "so tổng"
        if let tong = folded.range(of: "tong") {
            let tongOffset = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: tong.lowerBound)
            let before = numbers.last { $0.end <= tongOffset }
            let after = numbers.first { $0.end > tongOffset }
            return (before?.value, after?.value)
        }
        return (numbers.first?.value, nil)
    }
}
