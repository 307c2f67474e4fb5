extension CitationParser {
    /// Spellings of "của" as OCR leaves it ("cüa", "cUa", "ciia", "cña", "cta").
    private static let ofWords: Set<String> = ["cua", "ciia", "cna", "cia", "cta", "ctia"]

    /// Words that end an issuer phrase: what follows is the subject or the next clause
    /// ("của Chủ tịch UBND tỉnh về việc…", "… quy định thành lập…"). OCR spellings of
    /// "về" ("ye", "v") are included.
    private static let stopWords: Set<String> = [
        "ve", "ye", "v", "theo", "trong", "tren", "nham", "cho", "ngay", "phe", "sua", "trien",
        "huong", "ap", "cua", "voi", "den", "nay", "nhu", "duoc", "da", "se", "hoac", "cac", "mot", "lam", "de",
        "sira",
    ]

    /// Names that end an issuer ("… Thủ tướng Chính phủ", "Ủy ban Thường vụ Quốc hội"):
    /// the first syllable, and how the second begins (OCR garbles its vowel: "phü", "hOi").
    private static let closingNames: [String: String] = ["chinh": "ph", "quoc": "h"]

    /// Syllables that begin agency names when capitalised ("Sở Nội vụ", "Bộ Tài chính",
    /// "Sở Giáo dục và Đào tạo") but a new clause when not ("số", "tại", "giao").
    private static let stopsWhenLowercase: Set<String> = ["so", "tai", "giao", "ke", "va"]

    /// Syllables whose folded form is shared by a name part ("Đầu tư", "Tư pháp") and
    /// a clause word ("từ"): they stop only when written as the clause word.
    private static let stopsOnlyAsWritten: [String: Set<String>] = ["tu": ["từ"]]

    /// Heads of agency names, after which a type word is part of the name ("Sở Kế hoạch
    /// và Đầu tư", "Ban Chương trình…") rather than the start of another citation.
    private static let agencyHeads: Set<String> = ["so", "bo", "ban", "vu", "phong", "cuc", "tong"]

    /// Syllables that begin agency names ("Ban Thường vụ", "Bộ Nội vụ") and end the
    /// phrase only before the listed next syllable ("ban hành", "bổ sung").
    private static let stopsBefore: [String: Set<String>] = [
        "ban": ["hanh"], "bo": ["sung"], "quy": ["dinh", "che", "trinh", "hoach"], "doi": ["voi", "moi"],
        "thuc": ["hien", "thi"],
    ]

    /// Longest issuer phrase, in words after "của".
    private static let maxIssuerWords = 10

    /// "của Chủ tịch UBND tỉnh" after `position`, up to a sensible stop: punctuation,
    /// a word that starts the next clause, or the start of another citation.
    func issuerWords(after position: Int) -> Range<Int>? {
        let start = text.skipSpaces(from: position, limit: 2)
        var ofEnd = start
        while text.isLetter(ofEnd), ofEnd - start < 5 { ofEnd += 1 }
        guard ofEnd > start, Self.ofWords.contains(text.matchKey(start..<ofEnd)), text.isSpace(ofEnd) else {
            return nil
        }

        var tokens: [Range<Int>] = []
        var cursor = ofEnd
        while tokens.count < Self.maxIssuerWords + 2 {
            let tokenStart = text.skipSpaces(from: cursor, limit: 2)
            guard tokenStart > cursor, text.isAlphanumeric(tokenStart) else { break }
            var tokenEnd = tokenStart
            while text.isAlphanumeric(tokenEnd) || text.is(tokenEnd, "&"), tokenEnd - tokenStart < 20 { tokenEnd += 1 }
            tokens.append(tokenStart..<tokenEnd)
            cursor = tokenEnd
            if !text.isSpace(tokenEnd) { break }
        }
        let keys = tokens.map { text.matchKey($0) }
        var end: Int?
        for index in tokens.indices where index < Self.maxIssuerWords {
            if startsCitation(keys: keys, tokens: tokens, at: index) { break }
            if index > 0, !Self.agencyHeads.contains(keys[index - 1]), startsTypeWord(keys: keys, at: index) { break }
            let key = keys[index]
            let next = index + 1 < keys.count ? keys[index + 1] : nil
            if let clauseWords = Self.stopsOnlyAsWritten[key] {
                if clauseWords.contains(text.string(tokens[index]).lowercased()) { break }
            } else if let onlyBefore = Self.stopsBefore[key] {
                if let next, onlyBefore.contains(next) { break }
            } else if Self.stopsWhenLowercase.contains(key) {
                let capitalised = text.isUppercaseLetter(tokens[index].lowerBound)
                if key == "va" {
                    // "Sở Thông tin và Truyền thông" goes on; "… và Kế hoạch số" stop.
                    guard index + 1 < tokens.count, text.isUppercaseLetter(tokens[index + 1].lowerBound),
                          !startsCitation(keys: keys, tokens: tokens, at: index + 1) else { break }
                } else if !capitalised {
                    break
                }
            } else if Self.stopWords.contains(key) {
                break
            }
            if index == 0, text.isDigit(tokens[index].lowerBound) { break }
            end = tokens[index].upperBound
            if index > 0, let prefix = Self.closingNames[keys[index - 1]], key.hasPrefix(prefix) { break }
        }
        return end.map { start..<$0 }
    }

    /// Whether a type word of two or more syllables ("Kết luận") starts at token `index`.
    private func startsTypeWord(keys: [String], at index: Int) -> Bool {
        var key = keys[index]
        for length in 2...LegalDocumentTypes.maxTypeWordTokens where index + length <= keys.count {
            key += keys[index + length - 1]
            if LegalDocumentTypes.typeWordsByKey[key] != nil { return true }
        }
        return false
    }

    /// Whether a type word followed by "số" or a number starts at token `index`.
    private func startsCitation(keys: [String], tokens: [Range<Int>], at index: Int) -> Bool {
        var key = ""
        for length in 1...LegalDocumentTypes.maxTypeWordTokens where index + length <= keys.count {
            key += keys[index + length - 1]
            guard LegalDocumentTypes.typeWordsByKey[key] != nil else { continue }
            let after = index + length
            if after < keys.count, keys[after] == "so" || text.isDigit(tokens[after].lowerBound) { return true }
        }
        return false
    }
}
