import PlanModel

extension CitationParser {
    /// The symbol around the "/" at `slash`: "2108/QĐ-UBND", "107/2021/NĐ-CP" or "04-NQ/TU".
    ///
    /// Tolerates what OCR and PDF extraction do to symbols when the reading stays
    /// certain: "QD" for "QĐ", a digit group split by a space ("1 765", "20 18"), a
    /// second slash read as "1" ("107/20201ND-CP"), a line wrap after or before the
    /// hyphen ("QĐ- UBND"), a stray apostrophe ("QĐ-'TTg").
    func symbol(atSlash slash: Int) -> SymbolMatch? {
        if text.isLetter(slash - 1) { return partySymbol(atSlash: slash) }
        guard text.isDigit(slash - 1) else { return nil }

        let numberStart = text.digitRunStart(endingAt: slash)
        let digitCount = slash - numberStart
        guard digitCount <= Self.maxNumberDigits, !text.isLetter(numberStart - 1) else { return nil }
        if let before = text.scalar(numberStart - 1), before == "/" || before == "-" || before == "." { return nil }
        var match = SymbolMatch(numberStart: numberStart, end: slash + 1, number: text.digits(numberStart..<slash),
                                yearSegment: nil, typeCode: nil, issuerSegments: [], shape: .administrative)
        (match.unsplitNumberStart, match.unsplitNumber) = splitNumber(start: numberStart, digits: match.number)

        var segmentsStart = slash + 1
        if text.isDigit(slash + 1) {
            guard let year = yearSegment(after: slash) else { return nil }
            match.yearSegment = year.value
            match.shape = .normative
            segmentsStart = year.segmentsStart
        }
        guard let segments = codeSegments(from: segmentsStart) else { return nil }
        var codes = segments.values
        if let code = LegalDocumentTypes.canonicalTypeCode(codes[0]) {
            match.typeCode = code
            codes.removeFirst()
        }
        match.issuerSegments = codes
        match.end = segments.end
        if match.shape == .administrative, let year = trailingYear(at: segments.end) {
            match.trailingYear = year.value
            match.end = year.end
        }
        return match
    }

    /// A party symbol: number, hyphen, type code, slash, issuer ("04-NQ/TU").
    private func partySymbol(atSlash slash: Int) -> SymbolMatch? {
        var codeStart = slash
        while text.isLetter(codeStart - 1), slash - codeStart < 5 { codeStart -= 1 }
        guard !text.isLetter(codeStart - 1), text.is(codeStart - 1, "-"),
              let code = LegalDocumentTypes.canonicalTypeCode(text.string(codeStart..<slash)) else { return nil }
        let numberEnd = codeStart - 1
        let numberStart = text.digitRunStart(endingAt: numberEnd)
        let digitCount = numberEnd - numberStart
        guard digitCount >= 1, digitCount <= Self.maxNumberDigits, !text.isLetter(numberStart - 1),
              let segments = codeSegments(from: slash + 1) else { return nil }
        return SymbolMatch(numberStart: numberStart, end: segments.end, number: text.digits(numberStart..<numberEnd),
                           yearSegment: nil, typeCode: code, issuerSegments: segments.values, shape: .party)
    }

    /// The number joined with a group OCR split off in front of it: "1 765" → "1765",
    /// "14 1" → "141", and "i 50" → "150" (a lone "i" or "l" read for the digit 1).
    private func splitNumber(start: Int, digits: String) -> (Int?, String?) {
        guard digits.count <= 3, text.is(start - 1, " ") else { return (nil, nil) }
        let prefixEnd = start - 1
        let prefixStart = text.digitRunStart(endingAt: prefixEnd)
        let prefixLength = prefixEnd - prefixStart
        if (1...2).contains(prefixLength), !text.isAlphanumeric(prefixStart - 1) {
            return (prefixStart, text.digits(prefixStart..<prefixEnd) + digits)
        }
        if prefixLength == 0, let lone = text.scalar(prefixEnd - 1), lone == "i" || lone == "l" || lone == "I",
           !text.isAlphanumeric(prefixEnd - 2) {
            return (prefixEnd - 1, "1" + digits)
        }
        return (nil, nil)
    }

    /// The year segment after the first slash and where the codes begin.
    ///
    /// Accepts "2021/", "2021 /", "201 8/" (split digits) and "20201N" where the second
    /// slash was read as the digit 1 and a code letter follows at once.
    private func yearSegment(after slash: Int) -> (value: Int, segmentsStart: Int)? {
        let start = slash + 1
        let firstEnd = text.digitRunEnd(from: start)
        var digits = text.digits(start..<firstEnd)
        var end = firstEnd
        if digits.count < 4, text.is(firstEnd, " "), text.isDigit(firstEnd + 1) {
            let secondEnd = text.digitRunEnd(from: firstEnd + 1)
            if digits.count + (secondEnd - firstEnd - 1) == 4 {
                digits += text.digits((firstEnd + 1)..<secondEnd)
                end = secondEnd
            }
        }
        var segmentsStart: Int
        if digits.count == 5, digits.hasSuffix("1"), text.isLetter(end) {
            digits.removeLast()
            segmentsStart = end
        } else {
            guard digits.count == 4 else { return nil }
            var slashAt = end
            if text.is(slashAt, " ") { slashAt += 1 }
            guard text.is(slashAt, "/") else { return nil }
            segmentsStart = slashAt + 1
        }
        guard let year = Int(digits), (1945...2099).contains(year) else { return nil }
        return (year, segmentsStart)
    }

    /// Code segments separated by hyphens ("NĐ-CP", "BNV-CCHC", "TTLT-BTC-BNV").
    ///
    /// The first segment may be a type code in any case ("CTr"); the others must look
    /// like issuer codes (upper case, digits, "&") or be a known code ("TTg"), so a
    /// list dash after a symbol ("NĐ-CP -Thời gian") is not taken in.
    func codeSegments(from start: Int) -> (values: [String], end: Int)? {
        var values: [String] = []
        var position = start
        var end = start
        while values.count < 6 {
            guard text.isLetter(position) else { break }
            var segmentEnd = position
            while segmentEnd < text.count, text.isAlphanumeric(segmentEnd) || text.is(segmentEnd, "&"),
                  segmentEnd - position <= 16 { segmentEnd += 1 }
            // "VPCP-V.I": a unit code with a dot inside, kept only when the dotted form is a code.
            if text.is(segmentEnd, "."), text.isUppercaseLetter(segmentEnd + 1) {
                var dottedEnd = segmentEnd + 1
                while text.isAlphanumeric(dottedEnd), dottedEnd - position <= 16 { dottedEnd += 1 }
                if !isFirstSegment(values), segmentValue(text.string(position..<dottedEnd), isFirst: false) != nil,
                   !text.isLetter(dottedEnd) {
                    segmentEnd = dottedEnd
                }
            }
            var written = text.string(position..<segmentEnd)
            // "UBTVQH 14": the term number of the National Assembly split off by OCR.
            if written.uppercased().hasSuffix("QH"), text.is(segmentEnd, " "), text.isDigit(segmentEnd + 1) {
                let numberEnd = text.digitRunEnd(from: segmentEnd + 1)
                if numberEnd - segmentEnd - 1 <= 2, !text.isLetter(numberEnd) {
                    written += text.digits((segmentEnd + 1)..<numberEnd)
                    segmentEnd = numberEnd
                }
            }
            guard let value = segmentValue(written, isFirst: values.isEmpty) else { break }
            values.append(value)
            end = segmentEnd
            guard let next = nextSegmentStart(after: segmentEnd) else { break }
            position = next
        }
        return values.isEmpty ? nil : (values, end)
    }

    private func isFirstSegment(_ values: [String]) -> Bool { values.isEmpty }

    /// The canonical value of one segment, or nil when the text is not a code.
    ///
    /// Upper case, digits and "&" are codes ("UBND", "BKH&ĐT", "UBTVQH15"). A unit's own
    /// abbreviation may mix cases when it begins with a capital and has a second capital
    /// or a digit ("KTr2", "QLDNg"); a capitalised word ("Thời") is not one.
    private func segmentValue(_ written: String, isFirst: Bool) -> String? {
        if isFirst, let code = LegalDocumentTypes.canonicalTypeCode(written) { return code }
        if let issuer = IssuerCodes.canonical(written) { return issuer }
        let scalars = Array(written.unicodeScalars)
        let isCodeLike = scalars.allSatisfy {
            $0 == "&" || $0 == "." || ($0.value >= 0x30 && $0.value <= 0x39) || $0.properties.isUppercase
        }
        let capitals = scalars.filter { $0.properties.isUppercase }.count
        if isCodeLike { return capitals > 0 ? written : nil }
        let hasDigit = scalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
        guard let first = scalars.first, first.properties.isUppercase, capitals >= 2 || hasDigit,
              scalars.allSatisfy({ $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) }) else {
            return nil
        }
        return written
    }

    /// "/2025" closing a symbol that writes its year last ("1025/PLYK/2025", a record
    /// of the Government's members' opinions): the year and where the symbol ends.
    func trailingYear(at position: Int) -> (value: Int, end: Int)? {
        guard text.is(position, "/"), text.isDigit(position + 1) else { return nil }
        let end = text.digitRunEnd(from: position + 1)
        guard end - position - 1 == 4, !text.isAlphanumeric(end), !text.is(end, "/"),
              let year = Int(text.digits((position + 1)..<end)), (1945...2099).contains(year) else { return nil }
        return (year, end)
    }

    /// Where the next segment starts after a hyphen, allowing one space on either side
    /// of it (a PDF line wrap joined with a space) and a stray apostrophe after it.
    private func nextSegmentStart(after end: Int) -> Int? {
        var position = end
        if text.is(position, " "), text.is(position + 1, "-"), text.isLetter(position + 2) { return position + 2 }
        guard text.is(position, "-") else { return nil }
        position += 1
        if text.isSpace(position), !text.isSpace(position + 1) { position += 1 }
        if let s = text.scalar(position), s == "'" || s == "\u{2019}" || s == "`" { position += 1 }
        return text.isLetter(position) ? position : nil
    }
}
