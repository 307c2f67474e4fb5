import PlanModel

/// Recognises one citation around a "/" of the text: the symbol first, then the words
/// to its left ("Quyết định số") and right ("ngày 23/12/2021 của Chủ tịch UBND tỉnh").
///
/// Every step looks a bounded distance from the slash, so scanning a whole plan stays
/// linear in its length.
struct CitationParser {
    let text: ScalarText

    /// Longest document number accepted; longer digit runs are OCR that merged a
    /// slash into the digits ("4512016/QĐ-TTg") and cannot be split safely.
    static let maxNumberDigits = 5

    /// A recognised citation with the offsets of its parts.
    struct Citation {
        var symbol: SymbolMatch
        var start: Int
        var end: Int
        var typeWord: String?
        var date: DateMatch?
        var issuer: Range<Int>?
        /// The year of issue when only "năm 2023" is written.
        var year: Int?
        /// Set when the date was read from before the citation.
        var dateInferred = false
        /// A law cited by name without a symbol: its type word and name as written.
        var name: String?
    }

    /// The citation whose symbol contains the "/" at `slash`, if any.
    func citation(atSlash slash: Int) -> Citation? {
        guard var symbol = symbol(atSlash: slash) else { return nil }
        var context = leftContext(endingAt: symbol.numberStart)
        if let joinedStart = symbol.unsplitNumberStart, let joined = symbol.unsplitNumber {
            let joinedContext = leftContext(endingAt: joinedStart)
            if joinedContext.hasMarker || joinedContext.typeWord != nil {
                symbol.numberStart = joinedStart
                symbol.number = joined
                context = joinedContext
            }
        }
        guard isAcceptable(symbol, anchored: context.hasMarker || context.typeWord != nil) else { return nil }
        if context.typeWord == nil, isFormCode(before: context.start) { return nil }
        if context.typeWord == nil, symbol.yearSegment != nil || symbol.issuerSegments.contains(where: IssuerCodes.isLegislature),
           let law = lawName(endingAt: context.start) {
            context = LeftContext(start: law.start, typeWord: law.typeWord, hasMarker: context.hasMarker)
        }

        var end = symbol.end
        var issued = date(after: symbol.end)
        if let issued { end = issued.end }
        let issuer = issuerWords(after: end)
        if let issuer {
            end = issuer.upperBound
            if issued == nil, let late = date(after: issuer.upperBound) {
                issued = late
                end = late.end
            }
        }
        var year: Int?
        if issued == nil, let written = yearOfIssue(after: end) {
            year = written.value
            end = written.end
        }
        return Citation(symbol: symbol, start: context.start, end: end, typeWord: context.typeWord,
                        date: issued, issuer: issuer, year: year)
    }

    /// Words in front of a form's code: "mẫu số 03/TNDN", "Mẫu 01/ĐK" name a form, not a document.
    private static let formWords: Set<String> = ["mau", "bieu"]

    /// Whether the word just before `start` (the "số" or the number) names a form.
    private func isFormCode(before start: Int) -> Bool {
        let end = text.skipSpacesBackward(from: start, limit: 2)
        var wordStart = end
        while text.isLetter(wordStart - 1), end - wordStart < 6 { wordStart -= 1 }
        return wordStart < end && Self.formWords.contains(text.matchKey(wordStart..<end))
    }

    /// Whether a symbol is specific enough to stand as a citation.
    ///
    /// A bare "3759/BNV-CCHC" is one; a bare "12/UBND" could be anything and needs
    /// "số" or a type word in front of it.
    private func isAcceptable(_ symbol: SymbolMatch, anchored: Bool) -> Bool {
        if symbol.typeCode != nil { return true }
        if symbol.issuerSegments.isEmpty { return false }
        switch symbol.shape {
        case .party, .normative, .named: return true
        case .administrative: return anchored || symbol.issuerSegments.count >= 2
        }
    }
}
