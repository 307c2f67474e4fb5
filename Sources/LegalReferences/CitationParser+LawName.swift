extension CitationParser {
    /// Longest name between the type word and "số", in syllables.
    static let maxNameSyllables = 14

    /// A law's type word and name ending at `end` (the "số" before the number), nearest
    /// first: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
    ///
    /// The name is words only (a comma is allowed: "Luật sửa đổi, bổ sung…"), and the
    /// syllable after the type word is capitalised, as a law's name is.
    func lawName(endingAt end: Int) -> (typeWord: String, start: Int)? {
        var tokenEnd = text.skipSpacesBackward(from: end, limit: 2)
        guard tokenEnd < end else { return nil }
        var nameStart: Int?
        for _ in 0..<Self.maxNameSyllables {
            var tokenStart = tokenEnd
            while text.isLetter(tokenStart - 1), tokenEnd - tokenStart < 14 { tokenStart -= 1 }
            guard tokenStart < tokenEnd, !text.isDigit(tokenStart - 1) else { return nil }
            let key = text.matchKey(tokenStart..<tokenEnd)
            if key == "luat" || key == "lenh", let nameStart {
                let capitalised = text.isUppercaseLetter(nameStart)
                let previousEnd = text.skipSpacesBackward(from: tokenStart, limit: 2)
                var previousStart = previousEnd
                while text.isLetter(previousStart - 1), previousEnd - previousStart < 6 { previousStart -= 1 }
                let previous = previousStart < previousEnd && previousEnd < tokenStart
                    ? text.matchKey(previousStart..<previousEnd) : ""
                if key == "lenh" {
                    if previous == "phap", text.isUppercaseLetter(previousStart), capitalised {
                        return ("Pháp lệnh", previousStart)
                    }
                } else if previous == "bo", text.isUppercaseLetter(previousStart), capitalised {
                    return ("Bộ luật", previousStart)
                } else if text.isUppercaseLetter(tokenStart), capitalised {
                    return ("Luật", tokenStart)
                }
            }
            nameStart = tokenStart
            var previousEnd = text.skipSpacesBackward(from: tokenStart, limit: 2)
            if text.is(previousEnd - 1, ",") { previousEnd = text.skipSpacesBackward(from: previousEnd - 1, limit: 2) }
            guard previousEnd < tokenStart || text.is(tokenStart - 1, ",") else { return nil }
            tokenEnd = previousEnd
        }
        return nil
    }
}
