import PlanModel

/// Finds the citations of legal documents in a paragraph of a plan.
///
/// Anchors on the "/" every Vietnamese document symbol contains, recognises the symbol
/// around it ("2108/QĐ-UBND", "107/2021/NĐ-CP", "04-NQ/TU"), then reads leftwards for
/// "số" and the type word and rightwards for "ngày …" and "của …". Each step looks a
/// bounded distance, so a whole 50 kB plan is scanned in one linear pass.
///
/// Dates are read as documents write them: after the symbol, shared by a list ("số
/// 217/CĐ-TTg, 218/CĐ-TTg ngày 19/11/2025"), or before it ("Ngày 21/8/2025, Cục Thuế
/// có công văn số 3316/CT-CS"). A law cited by name and date ("Luật Tổ chức chính
/// quyền địa phương ngày 16/6/2025") is a citation too.
///
/// Copes with OCR damage where the reading stays certain ("sô"/"s6" for "số", "QD"
/// for "QĐ", "Nghj djnh", digits split by a space, a slash read as "1") and skips a
/// symbol it cannot read safely rather than guess.
public enum LegalReferenceScanner {
    /// Every citation in `text`, in order of appearance.
    ///
    /// - Parameters:
    ///   - text: normalised (NFC) paragraph text; line breaks inside it are read as spaces.
    ///   - spanFor: converts a range of Unicode-scalar offsets in `text` to a SourceSpan.
    public static func scan(_ text: String, spanFor: (Range<Int>) -> SourceSpan) -> [LegalReference] {
        let scalars = ScalarText(text)
        let parser = CitationParser(text: scalars)
        var citations: [CitationParser.Citation] = []
        var index = 0
        while index < scalars.count {
            guard scalars.scalars[index] == "/", let citation = parser.citation(atSlash: index) else {
                index += 1
                continue
            }
            citations.append(citation)
            index = max(index + 1, citation.symbol.end)
        }
        citations = NamedLawScanner.merge(citations, in: scalars, parser: parser)
        shareDates(&citations, parser: parser)
        return citations.map { reference(from: $0, in: scalars, spanFor: spanFor) }
    }

    /// Gives undated citations the date their text gives them elsewhere: the date that
    /// closes a list they belong to, else a date written before them in the clause.
    private static func shareDates(_ citations: inout [CitationParser.Citation], parser: CitationParser) {
        for i in citations.indices.reversed() where citations[i].date == nil && citations[i].year == nil {
            guard citations[i].issuer == nil, i + 1 < citations.count else { continue }
            let next = citations[i + 1]
            // One list: no other type word in between ("Luật … số 41/2024/QH15 và Nghị định
            // số 176/2025/NĐ-CP ngày …" are two citations), and a year segment that fits the date.
            let sameKind = next.typeWord == nil || next.typeWord == citations[i].typeWord
            let nextYear = next.date?.date.year ?? next.year
            let fits = citations[i].symbol.yearSegment.map { $0 == nextYear } ?? true
            if nextYear != nil, sameKind, fits, parser.isListSeparator(citations[i].end..<next.start) {
                citations[i].date = next.date
                citations[i].year = next.year
                citations[i].dateInferred = next.dateInferred
            }
        }
        for i in citations.indices where citations[i].date == nil && citations[i].year == nil {
            let floor = i > 0 ? citations[i - 1].end : 0
            if let found = parser.precedingDate(before: citations[i].start, floor: floor) {
                citations[i].date = found
                citations[i].dateInferred = true
            }
        }
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
            symbol: citation.name ?? symbol.canonicalText,
            date: citation.date?.date,
            dateText: citation.date.map { text.string($0.range) },
            issuerText: citation.issuer.map { text.string($0) },
            text: text.string(range),
            span: spanFor(range),
            issueYear: citation.year,
            dateIsInferred: citation.dateInferred)
    }
}
