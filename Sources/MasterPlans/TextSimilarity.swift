import Foundation

/// TF-IDF cosine similarity over folded syllables and syllable pairs.
///
/// Vietnamese words are mostly two syllables ("kiểm tra", "văn bản"), so pairs of adjacent
/// syllables carry most of the meaning; single syllables catch reordered wording. Weights come
/// from the documents being compared (one plan's tasks and the obligations it owes), so words
/// every task uses ("thực hiện", "năm 2022") count for little.
struct TextSimilarity: Sendable {
    /// Function words that say nothing about a task.
    static let stopwords: Set<String> = [
        "cua", "va", "cac", "nhung", "cho", "voi", "trong", "tai", "theo", "ve", "de", "duoc",
        "la", "co", "khi", "nay", "do", "tu", "den", "tren", "nham", "hoac", "thi", "so",
        "nam", "thuc", "hien",
    ]

    /// Terms of a text: syllables that are not stopwords, and adjacent pairs unless both are.
    static func terms(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count * 2)
        for (i, w) in words.enumerated() {
            let stop = stopwords.contains(w)
            if !stop { out.append(w) }
            if i + 1 < words.count {
                let next = words[i + 1]
                if !(stop && stopwords.contains(next)) { out.append(w + " " + next) }
            }
        }
        return out
    }

    private let idf: [String: Double]
    private let defaultIDF: Double

    /// Builds the weights from the documents (each a list of terms).
    init(documents: [[String]]) {
        var df: [String: Int] = [:]
        for doc in documents {
            for term in Set(doc) { df[term, default: 0] += 1 }
        }
        let n = Double(documents.count)
        var idf: [String: Double] = [:]
        idf.reserveCapacity(df.count)
        for (term, count) in df { idf[term] = log((n + 1) / (Double(count) + 1)) + 1 }
        self.idf = idf
        self.defaultIDF = log(n + 1) + 1
    }

    /// A weighted, normalised vector for a document's terms.
    func vector(_ terms: [String]) -> [String: Double] {
        var tf: [String: Double] = [:]
        for t in terms { tf[t, default: 0] += 1 }
        var norm = 0.0
        for (t, f) in tf {
            let w = f * (idf[t] ?? defaultIDF)
            tf[t] = w
            norm += w * w
        }
        guard norm > 0 else { return [:] }
        let scale = 1 / norm.squareRoot()
        for (t, w) in tf { tf[t] = w * scale }
        return tf
    }

    /// Cosine of two normalised vectors, 0…1.
    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var sum = 0.0
        for (t, w) in small { if let v = large[t] { sum += w * v } }
        return min(1, max(0, sum))
    }
}
