import PlanModel

/// Reads what follows the body: "Nơi nhận" with its entries and "Lưu:" line, and the
/// signature block (authority "TM."/"KT.", title, name).
enum ClosingParser {
    struct Result {
        var recipients: Recipients?
        var signature: Signature?
        /// Index of the first block after the signature (appendices), if any.
        var end: Int
    }

    /// Index of the block that starts the closing ("Nơi nhận"), if there is one.
    static func start(in blocks: [TextBlock]) -> Int? {
        blocks.lastIndex { b in
            let i = MarkerScanner.contentStart(b.text)
            return ["noi nhan", "noi nhgn", "no'i n", "noi n"].contains { b.text.matchFolded($0, at: i) != nil }
        }
    }

    static func parse(_ blocks: [TextBlock], from start: Int) -> Result {
        var entries: [Located<String>] = []
        var archive: Located<String>?
        var signature = Signature()
        let head = blocks[start].text
        // "Nơi nhận: TRƯỞNG BAN" — the signature title flattened onto the same line.
        if let colon = head.scalars.firstIndex(of: ":"), let rest = head.located((colon + 1)..<head.count),
           LineClassifier.isAllCaps(head.prefixText(rest.value)) {
            signature.title = rest
        }
        var k = start + 1
        var afterArchive = false
        while k < blocks.count {
            let t = blocks[k].text
            let i = MarkerScanner.contentStart(t)
            let isBullet = MarkerScanner.bullet(t, at: i) != nil
            let content = MarkerScanner.bullet(t, at: i)?.1 ?? i
            if t.matchFolded("luu", at: content) != nil, let l = t.located(content..<t.count) {
                archive = l
                afterArchive = true
                k += 1
                continue
            }
            if isBullet, !afterArchive, let l = t.located(content..<t.count, trimming: [";"]) {
                entries.append(l)
                k += 1
                continue
            }
            if !isBullet, !afterArchive, !LineClassifier.isAllCaps(t), !isAuthority(t, i), let l = t.located(i..<t.count) {
                entries.append(l)  // an entry wrapped without its bullet
                k += 1
                continue
            }
            break
        }
        // Signature: authority / title lines in capitals, then the signer's name.
        while k < blocks.count {
            let t = blocks[k].text
            let i = MarkerScanner.contentStart(t)
            if isAuthority(t, i) {
                if signature.authority == nil { signature.authority = t.located(i..<t.count) }
            } else if LineClassifier.isAllCaps(t) {
                if signature.title == nil { signature.title = t.located(i..<t.count) } else { break }
            } else if isPersonName(t) {
                signature.name = t.located(i..<t.count)
                k += 1
                break
            } else {
                break
            }
            k += 1
        }
        let span = blocks[start].text.span(0..<blocks[start].text.count)
        let recipients = Recipients(entries: entries, archive: archive, span: span)
        let hasSignature = signature.authority != nil || signature.title != nil || signature.name != nil
        return Result(recipients: recipients, signature: hasSignature ? signature : nil, end: k)
    }

    static func isAuthority(_ t: MappedText, _ i: Int) -> Bool {
        ["tm.", "kt.", "tl.", "q.", "tuq."].contains { t.matchFolded($0, at: i) != nil }
    }

    /// Two to five capitalised words, not all in capitals ("Vũ Minh Tâm").
    static func isPersonName(_ t: MappedText) -> Bool {
        let words = t.string.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        return words.allSatisfy { $0.first?.isUppercase ?? false } && !LineClassifier.isAllCaps(t)
    }
}
