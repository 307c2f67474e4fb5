extension CitationParser {
    /// Words allowed between the citations of a list that share one date: "số 217/CĐ-TTg,
    /// 218/CĐ-TTg và 219/CĐ-TTg ngày 19/11/2025", "số 008/CĐ-UBND và số 009/CĐ-UBND ngày …".
    private static let listWords: Set<String> = ["va", "so", "cac"]

    /// Whether only list separators (commas, "và", "số", emphasis) lie in `range`.
    func isListSeparator(_ range: Range<Int>) -> Bool {
        guard range.lowerBound <= range.upperBound, range.count <= 40 else { return false }
        var position = range.lowerBound
        var sawSeparator = false
        while position < range.upperBound {
            if text.isSpace(position) || text.is(position, "*") || text.is(position, "_") {
                position += 1
            } else if text.is(position, ",") {
                sawSeparator = true
                position += 1
            } else if text.isLetter(position) {
                var end = position
                while text.isLetter(end), end < range.upperBound { end += 1 }
                let key = text.matchKey(position..<end)
                guard Self.listWords.contains(key) else { return false }
                if key == "va" { sawSeparator = true }
                position = end
            } else {
                return false
            }
        }
        return sawSeparator
    }

    /// What may stand between a sentence's full stop and the next sentence.
    private static let closers: Set<Unicode.Scalar> = ["*", "_", "\u{201D}", "\"", "\u{2019}", ")"]

    /// How far back a date may stand before the citation it dates.
    private static let precedingDateReach = 160

    /// Words after which "ngày …" is the date of the document that follows ("văn bản đề
    /// ngày 29/10/2025 số 16/…", "ký ngày …").
    private static let datingWords: Set<String> = ["de", "ky"]

    /// The date written before a citation in the same clause: "Ngày 21/8/2025, Cục Thuế
    /// có công văn số 3316/CT-CS" (news, replies and reports open with the date).
    ///
    /// Only a "Ngày" that opens the sentence or the text, or follows "đề" or "ký", counts:
    /// "có hiệu lực từ ngày 01/7/2025, Quyết định số …" is not the document's date. The
    /// search stops at `floor` (the end of the previous citation), at ";" and at a full stop.
    func precedingDate(before start: Int, floor: Int) -> DateMatch? {
        let lowest = max(floor, start - Self.precedingDateReach)
        var position = start - 1
        var best: DateMatch?
        while position >= lowest {
            if text.is(position, ";") || (text.is(position, ".") && text.isSpace(position + 1)) { break }
            if text.isLetter(position), !text.isLetter(position - 1),
               let found = datingDate(at: position), found.end <= start {
                best = found
                break
            }
            position -= 1
        }
        return best
    }

    /// "Ngày d/m/yyyy" at `position` where it dates what follows (see `precedingDate`).
    private func datingDate(at position: Int) -> DateMatch? {
        var wordEnd = position
        while text.isLetter(wordEnd), wordEnd - position < 5 { wordEnd += 1 }
        guard text.matchKey(position..<wordEnd) == "ngay", !text.isLetter(wordEnd) else { return nil }
        // A capital "Ngày" opening the text, a line, a sentence (after closing quotes
        // and emphasis: "…này.”* Ngày …") or an emphasised run ("**Ngày 2/12/2025, …").
        var before = text.skipSpacesBackward(from: position, limit: 2)
        let emphasised = text.is(before - 1, "*") || text.is(before - 1, "_")
        while let s = text.scalar(before - 1), Self.closers.contains(s) { before = text.skipSpacesBackward(from: before - 1, limit: 2) }
        let opens = text.isUppercaseLetter(position)
            && (emphasised || before == 0 || [".", "\n", ":", "(", "!", "?"].contains(where: { text.is(before - 1, $0) })
                || text.is(position - 1, "\n"))
        var dated = false
        if !opens {
            let previousEnd = text.skipSpacesBackward(from: position, limit: 2)
            var previousStart = previousEnd
            while text.isLetter(previousStart - 1), previousEnd - previousStart < 4 { previousStart -= 1 }
            dated = previousStart < previousEnd && Self.datingWords.contains(text.matchKey(previousStart..<previousEnd))
        }
        let dateStart = text.skipSpaces(from: wordEnd, limit: 2)
        guard dateStart > wordEnd, let found = civilDate(at: dateStart) else { return nil }
        // "Ngày 2/12/2025, Chính phủ ban hành …": a capital "Ngày" whose date is set off by
        // a comma opens its clause wherever the layout put it (after a joined heading).
        let setOff = text.isUppercaseLetter(position) && text.is(found.end, ",")
        return opens || dated || setOff ? found : nil
    }
}
