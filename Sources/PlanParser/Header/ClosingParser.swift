import Foundation
import PlanModel
import VietnameseText

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
        blocks.lastIndex { b in headIndex(b.text) != nil }
    }

    /// Where "Nơi nhận" starts in a block: at its start, or after a cell separator that a
    /// web copy's flattened table joined onto the paragraph before it ("…./. | Nơi nhận:").
    static func headIndex(_ t: MappedText) -> Int? {
        let i = MarkerScanner.contentStart(t)
        if ["noi nhan", "noi nhgn", "no'i n", "noi n"].contains(where: { t.matchFolded($0, at: i) != nil }) { return i }
        guard let k = t.firstIndex(ofFolded: "noi nhan") else { return nil }
        var j = k - 1
        while j >= 0, t.scalars[j] == " " || t.scalars[j] == "*" { j -= 1 }
        return j >= 0 && t.scalars[j] == "|" ? k : nil
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

    /// Reads the closing from the source lines, whatever the layout: Nơi nhận and the
    /// signature in two cells of a (flattened or Word) table, side by side, or one after
    /// the other; names and authorities that wrap inside their emphasis are joined.
    static func parse(_ blocks: [TextBlock], from start: Int, source: SourceText, tables: [TextTable]) -> Result {
        let old = parse(blocks, from: start)
        let first = headIndex(blocks[start].text).map { blocks[start].text.position(at: $0).line } ?? blocks[start].firstLine
        let lastLine = source.lines.last?.number ?? first
        var cellStarts: Set<Int> = []
        for table in tables where table.lines.upperBound >= first {
            for row in table.rows { for cell in row where !cell.continuesAbove { cellStarts.insert(cell.span.start.line) } }
        }
        let lines = HeaderLayout.lines(source, in: first...min(lastLine, first + 80), cellStarts: cellStarts)
        guard let head = lines.first else { return old }
        var entries: [Located<String>] = []
        var archive: Located<String>?
        var signature = Signature()
        var used = head.lastLine
        var afterArchive = false
        var signatureStarted = false
        for (k, l) in lines.enumerated() where k > 0 || l.column == .right {
            let t = l.text
            let i = MarkerScanner.contentStart(t)
            // Recipients: the left cell (or column) up to the end of its bullets.
            let inRecipients = !signatureStarted && l.column != .right && l.cell == head.cell && !isAuthority(t, i)
            if inRecipients {
                let bullet = MarkerScanner.bullet(t, at: i)
                let content = bullet?.1 ?? i
                if t.matchFolded("luu", at: content) != nil, let v = t.located(content..<t.count, trimming: [".", ";"]) {
                    archive = v; afterArchive = true; used = l.lastLine; continue
                }
                if afterArchive, bullet != nil { used = l.lastLine; continue }  // "+ …" after "Lưu"
                if !afterArchive, let v = t.located(content..<t.count, trimming: [";"]) {
                    let caps = LineClassifier.isAllCaps(t) || isShortCaps(t)
                    // A wrapped entry starts in lower case or, like every entry, ends with ";" or ",".
                    let startsLower = t.scalars[i].properties.isLowercase || [";", ","].contains(t.scalars.last ?? " ")
                    if bullet == nil, startsLower, let last = entries.last, let end = last.value.unicodeScalars.last, end != ";", end != "." {
                        // An entry wrapped onto the next line.
                        entries[entries.count - 1] = Located(last.value + " " + v.value, span: SourceSpan(file: last.span.file, start: last.span.start, end: v.span.end, logical: last.span.logical))
                        used = l.lastLine; continue
                    }
                    if bullet != nil || !caps { entries.append(v); used = l.lastLine; continue }
                }
            }
            if l.isRule { continue }
            if isAppendixStart(t, i) { break }
            if isAuthority(t, i) {
                signatureStarted = true
                if let a = t.located(i..<t.count, trimming: ["*"]) {
                    if signature.authority == nil { signature.authority = a }
                    signature.authorities.append(a)
                }
                used = l.lastLine
                continue
            }
            guard signatureStarted || !entries.isEmpty || archive != nil else { continue }
            if LineClassifier.isAllCaps(t) || isShortCaps(t) {
                if signature.name != nil { break }
                // A wrapped authority ("TM. ỦY BAN" / "NHÂN DÂN") continues it.
                if let a = signature.authorities.last, signature.title == nil, isShortCaps(t), !LineClassifier.isAllCaps(t) || t.count < 16,
                   a.span.end.line + 1 == l.firstLine, dangles(a.value) {
                    let joined = Located(a.value + " " + t.string, span: SourceSpan(file: a.span.file, start: a.span.start, end: t.span(0..<t.count).end))
                    if signature.authorities.count == 1 { signature.authority = joined }
                    signature.authorities[signature.authorities.count - 1] = joined
                } else {
                    signature.title = t.located(i..<t.count, trimming: ["*"])
                }
                signatureStarted = true
                used = l.lastLine
                continue
            }
            if signatureStarted, isPersonName(t) {
                signature.name = t.located(i..<t.count, trimming: ["*"])
                used = l.lastLine
                break
            }
            if signatureStarted, signature.title != nil, t.matchFolded("da ky", at: i) != nil || t.scalars.allSatisfy({ $0 == "(" || $0 == ")" || $0 == " " || !$0.properties.isAlphabetic }) { continue }
            if signatureStarted { break }
        }
        let recipients = Recipients(entries: entries.isEmpty ? (old.recipients?.entries ?? []) : entries, archive: archive ?? old.recipients?.archive,
                                    span: old.recipients?.span ?? head.text.span(0..<head.text.count))
        let hasSignature = signature.authority != nil || signature.title != nil || signature.name != nil
        let end = blocks.firstIndex { $0.firstLine > used } ?? blocks.count
        return Result(recipients: recipients, signature: hasSignature ? signature : old.signature, end: max(end, old.end))
    }

    /// "PHỤ LỤC", "DANH MỤC", "QUY ĐỊNH" (an attached text) end the closing.
    private static func isAppendixStart(_ t: MappedText, _ i: Int) -> Bool {
        ["phu luc", "mau so", "mau "].contains { t.matchFolded($0, at: i) != nil } && LineClassifier.isAllCaps(t)
    }

    private static func dangles(_ s: String) -> Bool {
        let f = VietnameseFolding.fold(s)
        return ["uy ban", "hoi dong", "nhan", "ban", "uy ban nhan"].contains { f.hasSuffix(" " + $0) }
    }

    /// A short line in capitals ("PHÓ CHỦ TỊCH", "NHÂN DÂN"), fewer letters than `isAllCaps` needs.
    private static func isShortCaps(_ t: MappedText) -> Bool {
        let letters = t.scalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 3 && letters.allSatisfy { $0.properties.isUppercase }
    }

    static func isAuthority(_ t: MappedText, _ i: Int) -> Bool {
        ["tm.", "kt.", "tl.", "q.", "tuq."].contains { t.matchFolded($0, at: i) != nil }
    }

    /// Two to five capitalised words, not all in capitals ("Vũ Minh Tâm").
    static func isPersonName(_ t: MappedText) -> Bool {
        let words = t.string.replacingOccurrences(of: "*", with: "").split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { $0.first?.isUppercase ?? false } && !LineClassifier.isAllCaps(t)
    }
}
