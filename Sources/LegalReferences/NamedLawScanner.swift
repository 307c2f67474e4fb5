import PlanModel

/// Finds laws cited by name and date without a symbol ("Luật Tổ chức chính quyền địa
/// phương ngày 16/6/2025", "Bộ luật Lao động ngày 20/11/2019") and merges them, in text
/// order, with the citations found by their symbols.
enum NamedLawScanner {
    /// Longest name after the type word, in syllables.
    static let maxNameSyllables = 16

    /// Words that begin a clause, never part of a law's name ("Luật Bảo hiểm xã hội từ
    /// trước ngày 01/7/2025" dates no law), compared as written.
    static let clauseWords: Set<String> = [
        "từ", "trước", "sau", "đến", "theo", "tại", "vào", "có", "được", "đã", "là", "thì", "khi", "này",
        "năm", "kể", "hết", "của", "hoặc",
    ]

    static func merge(_ citations: [CitationParser.Citation], in text: ScalarText,
                      parser: CitationParser) -> [CitationParser.Citation] {
        var named: [CitationParser.Citation] = []
        var position = 0
        while position < text.count {
            defer { position += 1 }
            guard text.is(position, "L") || text.is(position, "B") || text.is(position, "P"),
                  !text.isAlphanumeric(position - 1) else { continue }
            guard let citation = namedLaw(at: position, in: text, parser: parser) else { continue }
            if citations.contains(where: { $0.start < citation.end && citation.start < $0.end }) { continue }
            named.append(citation)
            position = citation.end
        }
        guard !named.isEmpty else { return citations }
        return (citations + named).sorted { $0.start < $1.start }
    }

    /// The type word at `start` ("Luật", "Bộ luật", "Pháp lệnh"), a capitalised name,
    /// then "ngày" and a date.
    private static func namedLaw(at start: Int, in text: ScalarText, parser: CitationParser) -> CitationParser.Citation? {
        var tokens: [Range<Int>] = []
        var cursor = start
        while tokens.count < maxNameSyllables + 3 {
            let tokenStart = tokens.isEmpty ? cursor : text.skipSpaces(from: cursor, limit: 2)
            guard tokens.isEmpty || tokenStart > cursor, text.isLetter(tokenStart) else { return nil }
            var tokenEnd = tokenStart
            while text.isLetter(tokenEnd), tokenEnd - tokenStart < 14 { tokenEnd += 1 }
            tokens.append(tokenStart..<tokenEnd)
            cursor = tokenEnd
            if tokens.count == 1 || tokens.count == 2 {
                let key = tokens.map { text.matchKey($0) }.joined()
                if tokens.count == 1, !["luat", "bo", "phap"].contains(key) { return nil }
                if tokens.count == 2, key != "boluat", key != "phaplenh", !text.matchKey(tokens[0]).elementsEqual("luat") {
                    return nil
                }
            }
            let typeLength = text.matchKey(tokens[0]) == "luat" ? 1 : 2
            if tokens.count > typeLength, text.matchKey(tokens[tokens.count - 1]) == "ngay",
               text.scalar(tokens[tokens.count - 1].lowerBound) == "n" {
                guard tokens.count > typeLength + 1, text.isUppercaseLetter(tokens[typeLength].lowerBound),
                      let date = parser.civilDate(at: text.skipSpaces(from: cursor, limit: 2)) else { return nil }
                let nameEnd = tokens[tokens.count - 2].upperBound
                let typeWord = typeLength == 1 ? "Luật" : (text.matchKey(tokens[0]) == "bo" ? "Bộ luật" : "Pháp lệnh")
                var end = date.end
                let issuer = parser.issuerWords(after: end)
                if let issuer { end = issuer.upperBound }
                let symbol = SymbolMatch(numberStart: start, end: nameEnd, number: "", yearSegment: nil, typeCode: nil,
                                         issuerSegments: [], shape: .named)
                var citation = CitationParser.Citation(symbol: symbol, start: start, end: end, typeWord: typeWord,
                                                       date: date, issuer: issuer)
                citation.name = text.string(start..<nameEnd)
                return citation
            }
            // A name is words only; "số", a clause word, a digit or punctuation ends it.
            if tokens.count > typeLength {
                let last = tokens[tokens.count - 1]
                if text.matchKey(last) == "so" || clauseWords.contains(text.string(last).lowercased()) { return nil }
            }
            guard text.isSpace(cursor) else { return nil }
        }
        return nil
    }
}
