/// Known names as sequences of folded words, for longest-match scanning of unit lists.
struct TokenTrie: Sendable {
    /// What a complete name stands for.
    enum Target: Sendable, Hashable {
        /// Index into the registry's units.
        case unit(Int)
        case group(UnitGroup)
    }

    private var children: [[String: Int]] = [[:]]
    private var targets: [Target?] = [nil]

    /// Adds a name; a unit replaces a group with the same words, never the reverse, and the
    /// first unit inserted for some words keeps them.
    mutating func insert(_ words: [String], _ target: Target) {
        guard !words.isEmpty else { return }
        var node = 0
        for w in words {
            if let next = children[node][w] {
                node = next
            } else {
                children.append([:])
                targets.append(nil)
                children[node][w] = children.count - 1
                node = children.count - 1
            }
        }
        switch (targets[node], target) {
        case (nil, _), (.group?, .unit): targets[node] = target
        default: break
        }
    }

    /// The longest name starting at `start` that ends where `isEnd` allows.
    /// - Returns: the index just past the name and what it stands for.
    func longestMatch(in words: [String], from start: Int, isEnd: (Int) -> Bool) -> (end: Int, target: Target)? {
        var node = 0
        var best: (Int, Target)?
        var i = start
        while i < words.count, let next = children[node][words[i]] {
            node = next
            i += 1
            if let target = targets[node], isEnd(i) { best = (i, target) }
        }
        return best
    }
}
