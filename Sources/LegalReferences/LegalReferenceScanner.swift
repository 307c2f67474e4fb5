import PlanModel

/// Finds the citations of legal documents in a paragraph of a plan.
///
/// Anchors on the "/" every Vietnamese document symbol contains, recognises the symbol
/// around it ("2108/QĐ-UBND", "107/2021/NĐ-CP", "04-NQ/TU"), then reads leftwards for
/// "số" and the type word and rightwards for "ngày …" and "của …". Each step looks a
/// bounded distance, so a whole 50 kB plan is scanned in one linear pass.
///
/// Copes with OCR damage where the reading stays certain ("sô"/"s6" for "số", "QD"
/// for "QĐ", "Nghj djnh", digits split by a space, a slash read as "1") and skips a
/// symbol it cannot read safely rather than guess.
public enum LegalReferenceScanner {
    /// Every citation in `text`, in order of appearance.
    ///
    /// - Parameters:
    ///   - text: normalised (NFC) paragraph text, PDF line wraps already joined.
    ///   - spanFor: converts a range of Unicode-scalar offsets in `text` to a SourceSpan.
    public static func scan(_ text: String, spanFor: (Range<Int>) -> SourceSpan) -> [LegalReference] {
        let scalars = ScalarText(text)
        let parser = CitationParser(text: scalars)
        var references: [LegalReference] = []
        var index = 0
        while index < scalars.count {
            guard scalars.scalars[index] == "/", let citation = parser.citation(atSlash: index) else {
                index += 1
                continue
            }
            references.append(reference(from: citation, in: scalars, spanFor: spanFor))
            index = max(index + 1, citation.symbol.end)
        }
        return references
    }

    private static func reference(from citation: CitationParser.Citation, in text: ScalarText,
                                  spanFor: (Range<Int>) -> SourceSpan) -> LegalReference {
        let symbol = citation.symbol
        let range = citation.start..<citation.end
        return LegalReference(
            typeWord: citation.typeWord,
            number: symbol.number,
            yearSegment: symbol.yearSegment,
            typeCode: symbol.typeCode,
            issuerCode: symbol.issuerSegments.isEmpty ? nil : symbol.issuerSegments.joined(separator: "-"),
            shape: symbol.shape,
            symbol: symbol.canonicalText,
            date: citation.date?.date,
            dateText: citation.date.map { text.string($0.range) },
            issuerText: citation.issuer.map { text.string($0) },
            text: text.string(range),
            span: spanFor(range))
    }
}
