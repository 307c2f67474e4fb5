import Foundation
import VietnameseText

/// Small text helpers shared by the table recognisers and the extractor.
enum TableText {
    /// Folded (no diacritics, lower case), with Markdown emphasis and punctuation other
    /// than "/" turned into spaces, and spaces collapsed: the key headers are compared by.
    static func foldedKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in VietnameseFolding.fold(text).unicodeScalars {
            let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "/"
            if keep {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Trims each line, collapses runs of spaces and tabs, drops empty lines.
    static func tidy(_ text: String) -> String {
        // Emphasis markers of a web copy ("**I**", "*(nếu có)*") are layout, not text.
        let text = text.contains("*") ? text.replacingOccurrences(of: "*", with: "") : text
        return text.split(whereSeparator: { $0 == "\n" }).compactMap { line -> String? in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            return words.isEmpty ? nil : words.joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// The Roman numeral or single capital letter a group label is made of ("II", "IV",
    /// "A"), with an optional trailing "." or ")"; nil for anything else.
    static func groupLabel(_ text: String) -> String? {
        var label = Substring(text)
        if let last = label.last, last == "." || last == ")" { label = label.dropLast() }
        guard !label.isEmpty, label.count <= 6 else { return nil }
        if label.allSatisfy({ "IVXLC".contains($0) }) { return String(label) }
        if label.count == 1, let c = label.first, c.isASCII, c.isUppercase { return String(label) }
        return nil
    }

    /// Splits a leading group label off a title ("II. CẢI CÁCH …" → ("II", "CẢI CÁCH …")).
    static func splitGroupLabel(_ text: String) -> (label: String, rest: String)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let head = String(text[..<space])
        guard head.last == "." || head.last == ")", let label = groupLabel(head) else { return nil }
        let rest = text[space...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : (label, rest)
    }

    /// Whether every letter is upper case and there are at least four letters.
    static func isUpperCaseTitle(_ text: String) -> Bool {
        var letters = 0
        for ch in text where ch.isLetter {
            if ch.isLowercase { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// A column-number cell: "1", "(1)", "[1]".
    static func isColumnNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if let first = body.first, first == "(" || first == "[", let last = body.last, last == ")" || last == "]" {
            body = body.dropFirst().dropLast()
        }
        return !body.isEmpty && body.count <= 3 && body.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "nt", "-nt-", "như trên", "〃": the Vietnamese ditto, meaning "same as the cell above".
    static func isDitto(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "\"" || trimmed == "〃" || trimmed == "”" || trimmed == "''" { return true }
        let key = foldedKey(trimmed)
        return key == "nt" || key == "nhu tren"
    }
}
