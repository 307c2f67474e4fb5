import Foundation
import PlanModel

/// Resolves unit names as plans write them — lists, abbreviations, no diacritics, OCR
/// damage — against a province's registry.
///
/// A lead or coordinating field ("Sở Nội vụ, Sở Tư pháp; UBND cấp huyện") is scanned left to
/// right for the longest known name at each word (after folding, with abbreviations such as
/// UBND expanded), so names that contain "và" ("Sở Kế hoạch và Đầu tư") are not split. Group
/// wording ("các sở, ban, ngành", "các phòng, ban, đơn vị trực thuộc") resolves to a group,
/// a factored list ("Các Sở: Nội vụ, Tư pháp") to each sở, and anything else to `.unknown`
/// with the closest known names. Work is linear in the text for a fixed registry.
public struct UnitResolver: Sendable {
    /// The registry names are resolved against.
    public let registry: UnitRegistry
    private let trie: TokenTrie
    private let names: [(unit: Int, name: String, key: NameSimilarity)]
    private let fillers: Set<String>

    /// Words that may follow "các" in a group ("các phòng, ban, đơn vị trực thuộc").
    private static let groupWords: Set<String> = [
        "phong", "ban", "don", "vi", "so", "nganh", "co", "quan", "chuyen", "mon", "trung", "tam",
        "chi", "cuc", "to", "bo", "phan", "truc", "thuoc", "lien", "con", "lai", "nghien", "cuu",
        "cap", "tinh", "huyen", "xa", "phuong", "thi", "tran", "thanh", "pho", "dia", "uy", "nhan",
        "dan", "dao", "tao", "khac", "va", "hoi", "doan", "the", "nganh", "doc",
    ]
    /// Words that start the name of an office inside a unit.
    private static let internalHeads: Set<String> = ["phong", "thanh", "trung", "chi", "to", "bo", "ban", "doi", "hoi", "nhom", "van"]
    /// Group wording that does not start with "các".
    private static let groupPhrases: [(String, UnitGroup)] = [
        ("UBND huyện", .kind(.ubndHuyen)),
        ("UBND thị xã", .kind(.ubndHuyen)),
        ("UBND cấp huyện", .kind(.ubndHuyen)),
        ("UBND cấp xã", .kind(.ubndXa)),
        ("sở, ban, ngành", .kind(.soBanNganh)),
        ("sở, ngành", .kind(.soBanNganh)),
        ("cơ quan chuyên môn thuộc UBND tỉnh", .kind(.soBanNganh)),
        ("cơ quan, đơn vị có liên quan", .unspecified),
        ("cơ quan, đơn vị liên quan", .unspecified),
        ("đơn vị có liên quan", .unspecified),
        ("đơn vị liên quan", .unspecified),
        ("phòng chuyên môn", .internalUnits),
    ]

    /// Indexes every name, alias and abbreviation of the registry once.
    public init(registry: UnitRegistry) {
        self.registry = registry
        var trie = TokenTrie()
        for (phrase, group) in Self.groupPhrases {
            trie.insert(FoldedTokenizer.words(phrase), .group(group))
        }
        var names: [(Int, String, NameSimilarity)] = []
        for (index, unit) in registry.units.enumerated() {
            for name in unit.allNames {
                trie.insert(FoldedTokenizer.words(name), .unit(index))
                names.append((index, name, NameSimilarity(name)))
            }
        }
        self.trie = trie
        self.names = names
        var fillers: Set<String> = ["va", "cac", "co", "lien", "quan", "truc", "thuoc", "con", "lai", "khac",
                                    "voi", "cung", "chu", "tri", "phoi", "hop", "tinh", "cap", "la", "cua"]
        if let province = registry.provinceName { fillers.formUnion(FoldedTokenizer.words(province)) }
        self.fillers = fillers
    }

    /// The units and groups named in `text`, in order.
    ///
    /// - Parameters:
    ///   - text: a field value such as "Sở Nội vụ, Sở Tư pháp; UBND cấp huyện".
    ///   - date: the plan's date; units (or whole kinds) that did not exist on it carry `ceasedBy`.
    public func resolve(_ text: String, on date: CivilDate? = nil) -> [UnitMention] {
        let tokens = FoldedTokenizer.tokens(text)
        guard !tokens.isEmpty else { return [] }
        let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        var words: [String] = []
        var owner: [Int] = []
        for (t, token) in tokens.enumerated() {
            let expansion = FoldedTokenizer.abbreviations[token.text] ?? [token.text]
            words.append(contentsOf: expansion)
            owner.append(contentsOf: repeatElement(t, count: expansion.count))
        }
        let isEnd: (Int) -> Bool = { $0 == words.count || owner[$0] != owner[$0 - 1] }
        func breakBefore(_ w: Int) -> FoldedToken.Break {
            guard w < words.count, w == 0 || owner[w] != owner[w - 1] else { return .none }
            return tokens[owner[w]].breakBefore
        }
        func mention(_ from: Int, _ to: Int, _ match: UnitMatch) -> UnitMention {
            let range = tokens[owner[from]].scalarRange.lowerBound..<tokens[owner[to - 1]].scalarRange.upperBound
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[range])
            return UnitMention(text: String(s), scalarRange: range, match: match, ceasedBy: ceased(match, on: date))
        }

        var mentions: [UnitMention] = []
        var suggestions: [String: [UnitSuggestion]] = [:]  // the same office recurs in a plan
        var factored: [String]?
        var mayStartUnknown = true
        var i = 0
        while i < words.count {
            let brk = breakBefore(i)
            if brk == .semicolon || brk == .stop { factored = nil }
            if brk != .none { mayStartUnknown = true }

            // "Các Sở: Nội vụ, Tư pháp" — the head word applies to every item that follows.
            if let (head, next) = factoredHead(words, at: i, breakBefore: breakBefore) {
                factored = head
                i = next
                mayStartUnknown = true
                continue
            }
            if let head = factored, brk != .none || i == 0 || mayStartUnknown {
                let virtual = head + words[i...]
                if let m = trie.longestMatch(in: Array(virtual), from: 0, isEnd: { v in let w = v - head.count + i; return w > i && isEnd(w) }),
                   m.end > head.count, case .unit = m.target {
                    let end = i + m.end - head.count
                    mentions.append(mention(i, end, resolved(m.target)))
                    i = end
                    mayStartUnknown = false
                    continue
                }
            }
            if let m = trie.longestMatch(in: words, from: i, isEnd: isEnd) {
                mentions.append(mention(i, m.end, resolved(m.target)))
                i = m.end
                mayStartUnknown = false
                continue
            }
            if let (end, group) = groupRun(words, at: i, isEnd: isEnd, breakBefore: breakBefore) {
                mentions.append(mention(i, end, .group(group)))
                i = end
                mayStartUnknown = false
                continue
            }
            // "Cơ quan soạn thảo", "cơ quan chủ trì": a role, not a body the registry could list.
            if mayStartUnknown, words[i] == "co", i + 1 < words.count, words[i + 1] == "quan" {
                let end = unknownEnd(words, from: i, isEnd: isEnd, breakBefore: breakBefore)
                mentions.append(mention(i, end, .group(.unspecified)))
                i = end
                mayStartUnknown = false
                continue
            }
            if fillers.contains(words[i]) {
                if words[i] == "va" { mayStartUnknown = true }
                i += 1
                continue
            }
            guard mayStartUnknown else {
                // Words right after a name without a separator qualify it ("Văn phòng Sở Tư pháp").
                i += 1
                continue
            }
            let end = unknownEnd(words, from: i, isEnd: isEnd, breakBefore: breakBefore)
            var last = end
            while last > i + 1 && fillers.contains(words[last - 1]) { last -= 1 }
            let fragment = mention(i, last, .unknown(closest: [], looksInternal: false))
            let shapedInternal = looksInternal(words, at: i)
            let key = words[i..<last].joined(separator: " ")
            let closest = suggestions[key] ?? closestNames(to: fragment.text)
            suggestions[key] = closest
            mentions.append(UnitMention(text: fragment.text, scalarRange: fragment.scalarRange,
                                        match: .unknown(closest: closest, looksInternal: shapedInternal)))
            i = end
            mayStartUnknown = false
        }
        return mentions
    }

    /// The known names nearest to `text`, best first, one per unit.
    public func closestNames(to text: String, limit: Int = 3, minimumScore: Double = 0.3) -> [UnitSuggestion] {
        let key = NameSimilarity(text)
        var best: [Int: (String, Double)] = [:]
        for entry in names {
            let score = key.score(entry.key)
            if score > (best[entry.unit]?.1 ?? -1) { best[entry.unit] = (entry.name, score) }
        }
        return best
            .filter { $0.value.1 >= minimumScore }
            .sorted { $0.value.1 != $1.value.1 ? $0.value.1 > $1.value.1 : $0.key < $1.key }
            .prefix(limit)
            .map { UnitSuggestion(unit: registry.units[$0.key], matchedName: $0.value.0, score: $0.value.1) }
    }

    /// The unit that issued a plan, from the header's issuer line and the line above it
    /// ("SỞ TƯ PHÁP" under "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"; "VĂN PHÒNG" under "UBND TỈNH
    /// QUẢNG NGÃI"; "HUYỆN CAM LỘ" under "ỦY BAN NHÂN DÂN").
    public func resolveIssuer(_ issuer: String, parent: String?) -> IssuerResolution {
        let issuerWords = FoldedTokenizer.words(issuer).count
        if let parent, !parent.isEmpty {
            // A name that starts in the parent line and runs into the issuer line.
            let joined = parent + " " + issuer
            let parentWords = FoldedTokenizer.words(parent).count
            if let m = firstUnitMention(joined), wordsBefore(m, in: joined) < parentWords,
               wordsUpTo(m, in: joined) > parentWords, !m.unit!.generic {
                return IssuerResolution(unit: m.unit)
            }
            // The issuer line completed by its parent ("VĂN PHÒNG" + "UBND TỈNH QUẢNG NGÃI").
            let completed = issuer + " " + parent
            if let m = firstUnitMention(completed), wordsBefore(m, in: completed) == 0, !m.unit!.generic {
                return IssuerResolution(unit: m.unit)
            }
        }
        if let m = firstUnitMention(issuer), wordsBefore(m, in: issuer) == 0,
           wordsUpTo(m, in: issuer) == issuerWords || !m.unit!.generic {
            return IssuerResolution(unit: m.unit)
        }
        return IssuerResolution(unit: nil, closest: closestNames(to: issuer))
    }

    // MARK: - Scanning helpers

    private func resolved(_ target: TokenTrie.Target) -> UnitMatch {
        switch target {
        case .unit(let index): return .unit(registry.units[index])
        case .group(let group): return .group(group)
        }
    }

    private func ceased(_ match: UnitMatch, on date: CivilDate?) -> Validity? {
        guard let date else { return nil }
        switch match {
        case .unit(let unit):
            if let v = unit.validity, !v.contains(date) { return v }
            if let v = registry.validity(of: unit.kind), !v.contains(date) { return v }
            return nil
        case .group(.kind(let selector)):
            let gone = selector.kinds.compactMap { kind -> Validity? in
                guard let v = registry.validity(of: kind), !v.contains(date) else { return nil }
                return v
            }
            return gone.count == selector.kinds.count ? gone.first : nil
        default:
            return nil
        }
    }

    /// "(các) sở" followed by ":" — returns the head words to put before each item.
    private func factoredHead(_ words: [String], at i: Int, breakBefore: (Int) -> FoldedToken.Break) -> ([String], Int)? {
        var j = i
        if j < words.count, words[j] == "cac" { j += 1 }
        guard j < words.count, words[j] == "so", j + 1 < words.count, breakBefore(j + 1) == .colon else { return nil }
        return (["so"], j + 1)
    }

    /// "các phòng, ban, đơn vị trực thuộc", "UBND các huyện, thị xã, thành phố" …
    private func groupRun(_ words: [String], at i: Int, isEnd: (Int) -> Bool,
                          breakBefore: (Int) -> FoldedToken.Break) -> (Int, UnitGroup)? {
        var j = i
        if words[i] == "cac" || words[i] == "nhung" {
            j = i + 1
        } else if i + 4 < words.count, Array(words[i..<i + 4]) == ["uy", "ban", "nhan", "dan"],
                  words[i + 4] == "cac" || words[i + 4] == "cap" {
            j = i + 5
        } else {
            return nil
        }
        let bodyStart = j
        while j < words.count, Self.groupWords.contains(words[j]) {
            // A group ends at ";" and before a new body ("…, UBND cấp huyện").
            let brk = breakBefore(j)
            if j > bodyStart && (brk == .semicolon || brk == .stop || brk == .colon) { break }
            if j > bodyStart && words[j] == "uy" && j + 3 < words.count && words[j + 3] == "dan" { break }
            // Stop before a named unit ("các phòng thuộc Sở Tư pháp").
            if let m = trie.longestMatch(in: words, from: j, isEnd: isEnd), m.end - j >= 2, case .unit = m.target { break }
            j += 1
        }
        while j > bodyStart && !isEnd(j) { j -= 1 }
        guard j > bodyStart else { return nil }
        let body = Set(words[bodyStart..<j])
        let group: UnitGroup
        if body.contains("huyen") {
            group = .kind(.ubndHuyen)
        } else if body.contains("xa") || body.contains("phuong") || body.contains("tran") {
            group = .kind(.ubndXa)
        } else if body.contains("nganh") || (body.contains("so") && !body.contains("dao")) {
            group = .kind(.soBanNganh)
        } else if body.contains("co") && body.contains("quan") {
            group = .unspecified
        } else if body.contains("phong") || body.contains("don") || body.contains("trung") || body.contains("to")
                    || body.contains("bo") || body.contains("ban") || body.contains("chi") {
            group = .internalUnits
        } else {
            group = .unspecified
        }
        return (j, group)
    }

    /// End of an unknown name: the next list separator, a known name, or "và" before a new name.
    private func unknownEnd(_ words: [String], from i: Int, isEnd: (Int) -> Bool,
                            breakBefore: (Int) -> FoldedToken.Break) -> Int {
        // An office's own name may contain a comma ("Phòng Phổ biến, giáo dục pháp luật"):
        // carry on past a comma unless what follows starts another name.
        let internalShape = looksInternal(words, at: i)
        var j = i + 1
        while j < words.count {
            let brk = breakBefore(j)
            if brk == .comma && internalShape && !startsName(words, at: j, isEnd: isEnd) {
                j += 1
                continue
            }
            if brk != .none { break }
            if let m = trie.longestMatch(in: words, from: j, isEnd: isEnd), m.end - j >= 2 { break }
            if words[j] == "va", j + 1 < words.count,
               Self.internalHeads.contains(words[j + 1]) || words[j + 1] == "so" || words[j + 1] == "uy" { break }
            j += 1
        }
        while j < words.count && !isEnd(j) { j += 1 }
        return j
    }

    /// Whether a new name or group starts at `j` (a head word, "các", "sở", "UBND", a known name).
    private func startsName(_ words: [String], at j: Int, isEnd: (Int) -> Bool) -> Bool {
        let w = words[j]
        if Self.internalHeads.contains(w) || ["cac", "so", "uy", "va", "nhung"].contains(w) { return true }
        return trie.longestMatch(in: words, from: j, isEnd: isEnd) != nil
    }

    private func looksInternal(_ words: [String], at i: Int) -> Bool {
        guard Self.internalHeads.contains(words[i]) else { return false }
        if words[i] == "van" { return i + 1 < words.count && words[i + 1] == "phong" }
        return true
    }

    private func firstUnitMention(_ text: String) -> UnitMention? {
        resolve(text).first { $0.unit != nil }
    }

    private func wordsBefore(_ m: UnitMention, in text: String) -> Int {
        FoldedTokenizer.tokens(text).prefix { $0.scalarRange.upperBound <= m.scalarRange.lowerBound }
            .reduce(0) { $0 + (FoldedTokenizer.abbreviations[$1.text]?.count ?? 1) }
    }

    private func wordsUpTo(_ m: UnitMention, in text: String) -> Int {
        FoldedTokenizer.tokens(text).prefix { $0.scalarRange.lowerBound < m.scalarRange.upperBound }
            .reduce(0) { $0 + (FoldedTokenizer.abbreviations[$1.text]?.count ?? 1) }
    }
}
