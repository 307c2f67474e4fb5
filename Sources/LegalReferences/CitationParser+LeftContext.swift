extension CitationParser {
    /// What precedes a symbol: the "số" marker and the type word, if written.
    struct LeftContext {
        /// Where the citation starts: the type word, else the marker, else the number.
        var start: Int
        var typeWord: String?
        var hasMarker: Bool
    }

    /// Spellings of "số" as OCR leaves it ("sô", "sO", "s6", "s0", "sé", "sb", a lone "s").
    /// Only read directly in front of a number, where no other word fits.
    static let numberMarkers: Set<String> = ["so", "s6", "s0", "se", "sb", "s"]

    /// Reads leftwards from the first scalar of a number for "số" and a type word.
    func leftContext(endingAt numberStart: Int) -> LeftContext {
        let beforeNumber = text.skipSpacesBackward(from: numberStart, limit: 2)
        var markerStart: Int?
        var afterColon = beforeNumber
        if text.is(afterColon - 1, ":") { afterColon = text.skipSpacesBackward(from: afterColon - 1, limit: 2) }
        var tokenStart = afterColon
        while text.isAlphanumeric(tokenStart - 1), afterColon - tokenStart <= 3 { tokenStart -= 1 }
        if afterColon > tokenStart, afterColon - tokenStart <= 2, !text.isAlphanumeric(tokenStart - 1),
           text.isLetter(tokenStart), Self.numberMarkers.contains(text.matchKey(tokenStart..<afterColon)),
           afterColon < numberStart {
            markerStart = tokenStart
        }
        let typeWordEnd = markerStart.map { text.skipSpacesBackward(from: $0, limit: 2) } ?? beforeNumber
        let needsSpace = markerStart != nil || beforeNumber < numberStart
        if needsSpace, typeWordEnd < (markerStart ?? numberStart), let (word, start) = typeWord(endingAt: typeWordEnd) {
            return LeftContext(start: start, typeWord: word, hasMarker: markerStart != nil)
        }
        return LeftContext(start: markerStart ?? numberStart, typeWord: nil, hasMarker: markerStart != nil)
    }

    /// The type word whose last letter is just before `end`, longest match first
    /// ("Thông tư liên tịch" before "Thông tư"), or an upper-case abbreviation ("QĐ").
    private func typeWord(endingAt end: Int) -> (String, Int)? {
        var tokens: [Range<Int>] = []
        var tokenEnd = end
        while tokens.count < LegalDocumentTypes.maxTypeWordTokens {
            var tokenStart = tokenEnd
            while text.isLetter(tokenStart - 1), tokenEnd - tokenStart < 14 { tokenStart -= 1 }
            guard tokenStart < tokenEnd, !text.isAlphanumeric(tokenStart - 1) else { break }
            tokens.append(tokenStart..<tokenEnd)
            let previousEnd = text.skipSpacesBackward(from: tokenStart, limit: 2)
            guard previousEnd < tokenStart else { break }
            tokenEnd = previousEnd
        }
        guard !tokens.isEmpty else { return nil }
        var key = ""
        var best: (String, Int)?
        for token in tokens {
            key = text.matchKey(token) + key
            if let word = LegalDocumentTypes.typeWordsByKey[key] { best = (word, token.lowerBound) }
        }
        if let best { return best }
        if let word = LegalDocumentTypes.typeWordsByAbbreviation[text.string(tokens[0])] {
            return (word, tokens[0].lowerBound)
        }
        return nil
    }
}
