/// Similarity of two names by shared letter pairs (Dice coefficient), robust to the dropped
/// and swapped letters of OCR ("Sở Tix pháp" against "Sở Tư pháp").
struct NameSimilarity: Sendable, Hashable {
    let normalized: String
    private let pairs: [String: Int]
    private let pairCount: Int

    init(_ name: String) {
        normalized = FoldedTokenizer.normalized(name)
        var pairs: [String: Int] = [:]
        let chars = Array(" " + normalized + " ")
        var count = 0
        if chars.count >= 2 {
            for i in 0..<(chars.count - 1) {
                pairs[String(chars[i...i + 1]), default: 0] += 1
                count += 1
            }
        }
        self.pairs = pairs
        self.pairCount = count
    }

    /// 0…1; 1 for names equal after folding.
    func score(_ other: NameSimilarity) -> Double {
        guard pairCount + other.pairCount > 0 else { return 0 }
        if normalized == other.normalized { return 1 }
        var shared = 0
        for (pair, n) in pairs { if let m = other.pairs[pair] { shared += min(n, m) } }
        return 2 * Double(shared) / Double(pairCount + other.pairCount)
    }
}
