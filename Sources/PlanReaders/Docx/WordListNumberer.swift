/// Replays Word's automatic numbering paragraph by paragraph, producing the text Word
/// shows in front of each numbered paragraph ("II. ", "1. ", "a) ", "- ").
///
/// Counting follows Word: numbering instances (`w:num`) of the same abstract list share
/// their counters and so continue one another, unless an instance overrides a level
/// (`w:lvlOverride` with `w:startOverride` or its own `w:lvl`, which is how Word's
/// "Restart at 1" is stored), in which case it counts on its own from the override. A
/// level restarts when a shallower level of the same list is used, unless its
/// `w:lvlRestart` says otherwise (0 = never; n = only after level n). A level never used
/// before shows its start value inside a multi-level text such as "%1.%2.".
struct WordListNumberer {
    let definitions: WordNumberingDefinitions
    let styles: WordStyles
    private var counterSets: [String: [Int?]] = [:]

    init(definitions: WordNumberingDefinitions, styles: WordStyles) {
        self.definitions = definitions
        self.styles = styles
    }

    /// The number text for a paragraph, or nil when it is not numbered.
    /// - Parameters:
    ///   - numId: `w:numPr/w:numId` written on the paragraph ("0" removes the style's numbering).
    ///   - level: `w:numPr/w:ilvl` written on the paragraph.
    ///   - style: the paragraph's `w:pStyle`.
    mutating func prefix(numId directNumId: String?, level directLevel: Int?, style: String?) -> String? {
        let styleId = style ?? styles.defaultParagraphStyle
        let styleNumbering = styleId.flatMap { styles.numbering(ofStyle: $0) }
        let numId: String
        var level: Int?
        if let directNumId {
            numId = directNumId
            level = directLevel
        } else if let styleNumbering {
            numId = styleNumbering.numId
            level = directLevel ?? styleNumbering.level
        } else {
            return nil
        }
        guard numId != "0", let instance = definitions.instances[numId],
              let (abstractKey, abstract) = resolveAbstract(instance.abstractId) else { return nil }
        if level == nil, let styleId {
            level = abstract.levels.first(where: { $0.value.style == styleId })?.key
        }
        let ilvl = min(max(level ?? 0, 0), WordNumberingDefinitions.maxLevel)
        func definition(_ l: Int) -> WordNumberingDefinitions.Level? {
            instance.overrides[l]?.level ?? abstract.levels[l]
        }
        func start(_ l: Int) -> Int {
            instance.overrides[l]?.startOverride ?? definition(l)?.start ?? 1
        }
        guard let current = definition(ilvl) else { return nil }

        let ownsCounters = instance.overrides.values.contains { $0.startOverride != nil || $0.level != nil }
        let key = ownsCounters ? "num:" + numId : "abstract:" + abstractKey
        var counters = counterSets[key] ?? Array(repeating: nil, count: WordNumberingDefinitions.maxLevel + 1)
        // Starts are at most WordNumberingDefinitions.maxStart and a counter grows by one
        // per paragraph, so it cannot come near Int.max; the check keeps that true anyway.
        counters[ilvl] = counters[ilvl].map { $0 < Int.max ? $0 + 1 : $0 } ?? start(ilvl)
        for deeper in (ilvl + 1)..<counters.count {
            let restart = definition(deeper)?.restart
            if restart == nil || (restart != 0 && ilvl < restart!) { counters[deeper] = nil }
        }
        counterSets[key] = counters

        if current.format == "bullet" { return "- " }
        let pattern = current.text ?? "%\(ilvl + 1)."
        var rendered = ""
        var scalars = pattern.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "%", let digit = pending, let n = Int(String(digit)), (1...9).contains(n) {
                pending = scalars.next()
                let l = n - 1
                let value = counters[l] ?? start(l)
                let format = current.isLegal ? "decimal" : (definition(l)?.format ?? "decimal")
                rendered += WordNumberFormat.render(value, format: format == "bullet" ? "decimal" : format)
            } else {
                rendered.unicodeScalars.append(scalar)
            }
        }
        if rendered.isEmpty { return nil }
        switch current.suffix {
        case .tab, .space: return rendered + " "
        case .nothing: return rendered
        }
    }

    /// The abstract list an instance uses, following one `w:numStyleLink` indirection.
    private func resolveAbstract(_ id: String) -> (String, WordNumberingDefinitions.AbstractList)? {
        guard let abstract = definitions.abstracts[id] else { return nil }
        if let link = abstract.numStyleLink, let linked = styles.numbering(ofStyle: link),
           let linkedInstance = definitions.instances[linked.numId], linkedInstance.abstractId != id,
           let target = definitions.abstracts[linkedInstance.abstractId] {
            return (linkedInstance.abstractId, target)
        }
        return (id, abstract)
    }
}
