/// Similarity of two names by shared letter pairs (Dice coefficient), robust to the dropped
/// and swapped letters of OCR ("Sở Tix pháp" against "Sở Tư pháp").
///
/// Pairs are kept as sorted integers so that comparing two names is one merge, with no
/// allocation: registries are compared against every unknown name a plan contains.
struct NameSimilarity: Sendable, Hashable {
    let normalized: String
    /// Letter pairs of " name ", each packed as (first << 32 | second), sorted.
    private let pairs: [UInt64]

    init(_ name: String) {
        normalized = FoldedTokenizer.normalized(name)
        var scalars: [UInt32] = [0x20]
        scalars.append(contentsOf: normalized.unicodeScalars.map(\.value))
        scalars.append(0x20)
        var pairs: [UInt64] = []
        pairs.reserveCapacity(scalars.count)
        for i in 0..<(scalars.count - 1) {
            pairs.append(UInt64(scalars[i]) << 32 | UInt64(scalars[i + 1]))
        }
        self.pairs = pairs.sorted()
    }

    /// 0…1; 1 for names equal after folding.
    func score(_ other: NameSimilarity) -> Double {
        guard !pairs.isEmpty || !other.pairs.isEmpty else { return 0 }
        if normalized == other.normalized { return 1 }
        var shared = 0
        var i = 0, j = 0
        while i < pairs.count && j < other.pairs.count {
            if pairs[i] == other.pairs[j] {
                shared += 1
                i += 1
                j += 1
            } else if pairs[i] < other.pairs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(pairs.count + other.pairs.count)
    }
}
