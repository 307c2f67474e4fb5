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
        return Citation(symbol: symbol, start: context.start, end: end, typeWord: context.typeWord,
                        date: issued, issuer: issuer)
    }

    /// Whether a symbol is specific enough to stand as a citation.
    ///
    /// A bare "3759/BNV-CCHC" is one; a bare "12/UBND" could be anything and needs
    /// "số" or a type word in front of it.
    private func isAcceptable(_ symbol: SymbolMatch, anchored: Bool) -> Bool {
        if symbol.typeCode != nil { return true }
        if symbol.issuerSegments.isEmpty { return false }
        switch symbol.shape {
        case .party: return true
        case .normative: return true
        case .administrative: return anchored || symbol.issuerSegments.count >= 2
        }
    }
}
