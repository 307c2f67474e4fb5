import VietnameseText

/// Decides whether a line begins a new paragraph, which is what lets the block builder
/// join wrapped lines without gluing a new item onto the previous one.
enum LineClassifier {
    enum Start: Equatable {
        case marker, bullet, field, allCaps, header, basis, plain
    }

    static func classify(_ t: MappedText, inHeaderRegion: Bool) -> Start {
        let i = MarkerScanner.contentStart(t)
        guard i < t.count else { return .plain }
        if MarkerScanner.numbering(t, at: i) != nil { return .marker }
        if MarkerScanner.bullet(t, at: i) != nil { return .bullet }
        if FieldLabel.match(t, at: i) != nil { return .field }
        if isHeaderComponent(t, at: i) { return .header }
        if isAllCaps(t) { return .allCaps }
        if inHeaderRegion, isBasisStart(t, at: i) { return .basis }
        return .plain
    }

    /// Lines of the document's frame: "Số:", "Nơi nhận:", "TM.", "KT.", "Lưu:", the
    /// national motto, the place-and-date line.
    static func isHeaderComponent(_ t: MappedText, at i: Int) -> Bool {
        for p in ["noi nhan", "noi nhgn", "kinh gui", "tm. ", "kt. ", "tl. ", "q. ", "luu:", "luu :", "luu vt",
                  "cong hoa xa hoi", "doc lap - tu do"] where t.matchFolded(p, at: i) != nil {
            return true
        }
        if HeaderPatterns.numberLine(t, at: i) != nil { return true }
        if HeaderPatterns.placeDate(t, from: i) != nil { return true }
        return false
    }

    static func isBasisStart(_ t: MappedText, at i: Int) -> Bool {
        for p in ["can cu", "thuc hien", "tren co so", "can ctr", "can cir", "can ct", "cen ctr", "thue hien"]
        where t.matchFolded(p, at: i) != nil {
            return true
        }
        return false
    }

    /// At least six letters and nearly all of them upper case ("KẾ HOẠCH", "CHÁNH VĂN PHÒNG").
    static func isAllCaps(_ t: MappedText) -> Bool {
        var upper = 0, lower = 0
        for s in t.scalars where ScalarClass.isLetter(s) {
            if ScalarClass.isUppercase(s) { upper += 1 } else if ScalarClass.isLowercase(s) { lower += 1 }
        }
        return upper >= 6 && Double(lower) <= Double(upper + lower) * 0.1
    }

    /// "2", "- 3 -", "Trang 4": page numbers left by PDF extraction.
    static func isPageNumber(_ t: MappedText) -> Bool {
        var digits = 0, other = 0
        var i = 0
        if t.matchFolded("trang ", at: t.skipSpaces(from: 0)) != nil { i = t.skipSpaces(from: 0) + 6 }
        while i < t.count {
            let s = t.scalars[i]
            if s.value >= 0x30 && s.value <= 0x39 { digits += 1 } else if s != " " && s != "-" { other += 1 }
            i += 1
        }
        return digits >= 1 && digits <= 3 && other == 0
    }
}
