import PlanModel
import VietnameseText

/// Reads what comes after the signature: the plan a Quyết định issues ("KẾ HOẠCH … (Ban hành
/// kèm theo Quyết định số …)"), appendices ("PHỤ LỤC II"), forms ("Mẫu số 01").
///
/// Each part is built as a structure of its own, so that the attached plan's "I." does not
/// nest under the act's last article.
enum AttachedParts {
    struct Result {
        var structure: StructureBuilder.Result
        var parts: [AttachedPart]
    }

    static func read(_ blocks: ArraySlice<TextBlock>, file: String) -> Result {
        // Split where a part begins: an appendix or form heading, or a plan's type line.
        var starts: [(index: Int, kind: AttachedPart.Kind)] = []
        for k in blocks.indices {
            let t = blocks[k].text
            let i = MarkerScanner.contentStart(t)
            if let m = MarkerScanner.numbering(t, at: i), m.style == .appendix {
                starts.append((k, .appendix))
            } else if isPlanTypeLine(t), issuedWith(blocks, after: k) != nil {
                starts.append((k, .plan))
            }
        }
        // Text after the signature that no heading introduces is read too, but is no part.
        let unheaded = starts.first?.index != blocks.startIndex
        if unheaded { starts.insert((blocks.startIndex, .appendix), at: 0) }
        var result = Result(structure: .init(sections: [], tasks: []), parts: [])
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].index : blocks.endIndex
            let slice = blocks[start.index..<end]
            let built = StructureBuilder.build(slice, file: file)
            result.structure.sections += built.sections
            result.structure.tasks += built.tasks
            result.structure.assignments += built.assignments
            let first = blocks[start.index].text
            var part = AttachedPart(kind: start.kind, heading: first.located(0..<first.count),
                                    sectionPaths: built.sections.map(\.path), span: first.span(0..<first.count))
            if start.kind == .plan {
                let w = issuedWith(blocks, after: start.index)!
                part.issuedWith = blocks[w].text.located(0..<blocks[w].text.count)
                // The title: the paragraphs between the type line and the "(Ban hành kèm theo …)" line.
                let titles = blocks[(start.index + 1)..<w].compactMap { b in b.text.located(0..<b.text.count) }
                if let t0 = titles.first {
                    var span = t0.span
                    span.end = titles.last!.span.end
                    part.title = Located(titles.map(\.value).joined(separator: " "), span: span)
                }
            } else if n == 0 && unheaded {
                continue
            }
            result.parts.append(part)
        }
        return result
    }

    /// "KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN" standing alone in capitals: the type line of an issued plan.
    static func isPlanTypeLine(_ t: MappedText) -> Bool {
        let i = MarkerScanner.contentStart(t)
        for p in ["ke hoach", "chuong trinh", "de an", "phuong an"] {
            if let e = t.matchFolded(p, at: i), LineClassifier.isAllCaps(t), t.count - e <= 40 { return true }
        }
        return false
    }

    /// The "(Ban hành kèm theo Quyết định số …)" line within the few paragraphs after `k`.
    static func issuedWith(_ blocks: ArraySlice<TextBlock>, after k: Int) -> Int? {
        let end = min(blocks.endIndex, k + 8)
        guard k + 1 < end else { return nil }
        return blocks[(k + 1)..<end].firstIndex { b in
            b.text.firstIndex(ofFolded: "ban hanh kem theo") != nil || b.text.firstIndex(ofFolded: "kem theo quyet dinh") != nil
        }
    }
}
