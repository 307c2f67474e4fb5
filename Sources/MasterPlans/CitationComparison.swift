import PlanModel

/// How a legal citation found in a plan compares with a document of a master pack.
public enum CitationComparison: Sendable, Hashable {
    /// Same number, symbol and date.
    case exact
    /// Same number and symbol, but the citation has no date.
    case undated
    /// Same number and symbol, different date.
    case wrongDate(cited: CivilDate)
    /// Same symbol and issue date, different number.
    case wrongNumber(cited: String)
    /// The pack does not know the document's number, so only the symbol and the month of
    /// issue could be compared, and they agree.
    case plausible
    /// Another document.
    case different
}

extension MasterDocument {
    /// Compares a citation parsed from a plan with this document.
    ///
    /// Symbols are compared folded and without punctuation, so "QD-UBND" from OCR equals
    /// "QĐ-UBND". When the pack's number is unknown (an unreadable master), a citation with the
    /// same symbol and the known month and year of issue is `plausible`, never `exact`.
    public func compare(with reference: LegalReference) -> CitationComparison {
        guard let symbol else { return .different }
        let citedSymbol = Self.key(Self.symbolPart(of: reference.symbol))
        guard citedSymbol == Self.key(symbol) else { return .different }
        guard let number else {
            if let cited = reference.date, let known = dateText.flatMap(Self.monthYear) {
                return cited.month == known.month && cited.year == known.year ? .plausible : .different
            }
            return .different
        }
        guard reference.number == number else {
            if let date, reference.date == date { return .wrongNumber(cited: reference.number) }
            return .different
        }
        guard let cited = reference.date else { return .undated }
        if let date, cited != date { return .wrongDate(cited: cited) }
        return .exact
    }

    /// The part of "2108/QĐ-UBND" after the number; the whole text for other shapes.
    private static func symbolPart(of full: String) -> String {
        guard let slash = full.firstIndex(of: "/") else { return full }
        let head = full[..<slash]
        return head.allSatisfy(\.isNumber) ? String(full[full.index(after: slash)...]) : full
    }

    private static func key(_ text: String) -> String {
        FoldedTokenizer.words(text, expandingAbbreviations: false).joined()
    }

    /// Month and year of a partial date such as "…/12/2021".
    private static func monthYear(_ text: String) -> (month: Int, year: Int)? {
        let numbers = text.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        let month = numbers[numbers.count - 2], year = numbers[numbers.count - 1]
        return (1...12).contains(month) && year > 1900 ? (month, year) : nil
    }
}

extension MasterPack {
    /// Which of the pack's masters (this year's or another year's) a citation names, if any.
    /// - Returns: the document, whether it is this year's master, and the comparison.
    public func masterCited(by reference: LegalReference) -> (document: MasterDocument, isThisYear: Bool, comparison: CitationComparison)? {
        let own = master.compare(with: reference)
        if own != .different { return (master, true, own) }
        for other in otherMasters {
            let result = other.compare(with: reference)
            if result != .different { return (other, false, result) }
        }
        return nil
    }
}
