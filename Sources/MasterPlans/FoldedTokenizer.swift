import Foundation
import VietnameseText

/// A word of folded text with where it sits in the input and what separated it from the
/// previous word.
struct FoldedToken: Sendable, Hashable {
    /// What stood between this word and the previous one.
    enum Break: Sendable, Hashable {
        /// Start of text, or spaces and joiners such as "-" and "&".
        case none
        /// "," — between items of a list.
        case comma
        /// ";" or a line break — between lists.
        case semicolon
        /// ":" — after a factored head word ("Các Sở: Nội vụ, Tư pháp").
        case colon
        /// ".", "(", ")" and other sentence punctuation.
        case stop
    }

    /// Folded word (lower-case ASCII for Vietnamese letters).
    var text: String
    /// Offsets in Unicode scalars of the NFC input.
    var scalarRange: Range<Int>
    var breakBefore: Break
}

/// Splits text into folded words for matching, with the abbreviations plans use expanded to
/// the words they stand for (CCHC → cải cách hành chính), so that a phrase written either way
/// matches the other.
///
/// Folding is `VietnameseFolding` plus the PDF-extraction glyph "ƣ" read as "u". Work is one
/// pass over the scalars.
enum FoldedTokenizer {
    /// Abbreviations (folded) and their folded expansion.
    static let abbreviations: [String: [String]] = [
        "cchc": ["cai", "cach", "hanh", "chinh"],
        "tthc": ["thu", "tuc", "hanh", "chinh"],
        "ksthc": ["kiem", "soat", "thu", "tuc", "hanh", "chinh"],
        "qppl": ["quy", "pham", "phap", "luat"],
        "vbqppl": ["van", "ban", "quy", "pham", "phap", "luat"],
        "cntt": ["cong", "nghe", "thong", "tin"],
        "ubnd": ["uy", "ban", "nhan", "dan"],
        "hdnd": ["hoi", "dong", "nhan", "dan"],
        "vpubnd": ["van", "phong", "uy", "ban", "nhan", "dan"],
        "vp": ["van", "phong"],
        "dvc": ["dich", "vu", "cong"],
        "pbgdpl": ["pho", "bien", "giao", "duc", "phap", "luat"],
        "tdthpl": ["theo", "doi", "thi", "hanh", "phap", "luat"],
        "cqnn": ["co", "quan", "nha", "nuoc"],
        "cbccvc": ["can", "bo", "cong", "chuc", "vien", "chuc"],
    ]

    /// Folds one scalar for matching.
    @inline(__always)
    static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // "ƣ"/"Ƣ" (U+01A3/U+01A2) stand for "ư" in PDF extractions.
        if scalar.value == 0x1A3 || scalar.value == 0x1A2 { return "u" }
        return VietnameseFolding.fold(scalar)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return scalar.properties.isAlphabetic
    }

    /// Folded words with positions and separators.
    static func tokens(_ text: String) -> [FoldedToken] {
        var result: [FoldedToken] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var pending: FoldedToken.Break = .none
        var offset = 0
        func flush(at end: Int) {
            guard !current.isEmpty else { return }
            result.append(FoldedToken(text: String(current), scalarRange: start..<end, breakBefore: pending))
            current = String.UnicodeScalarView()
            pending = .none
        }
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let folded = foldScalar(scalar)
            if isWordScalar(folded) {
                if current.isEmpty { start = offset }
                current.append(folded)
            } else {
                flush(at: offset)
                pending = strongest(pending, separator(scalar))
            }
            offset += 1
        }
        flush(at: offset)
        return result
    }

    /// Folded words only, abbreviations expanded when asked.
    static func words(_ text: String, expandingAbbreviations: Bool = true) -> [String] {
        var out: [String] = []
        for token in tokens(text) {
            if expandingAbbreviations, let expansion = abbreviations[token.text] {
                out.append(contentsOf: expansion)
            } else {
                out.append(token.text)
            }
        }
        return out
    }

    /// Folded text with every run of non-word characters made one space ("so tu phap").
    static func normalized(_ text: String) -> String {
        words(text, expandingAbbreviations: false).joined(separator: " ")
    }

    private static func separator(_ scalar: Unicode.Scalar) -> FoldedToken.Break {
        switch scalar {
        case ",": return .comma
        case ";", "\n", "\r", "\u{2028}", "\u{2029}": return .semicolon
        case ":": return .colon
        case ".", "(", ")", "[", "]", "!", "?": return .stop
        default: return .none
        }
    }

    private static func rank(_ b: FoldedToken.Break) -> Int {
        switch b {
        case .none: return 0
        case .comma: return 1
        case .colon: return 2
        case .semicolon: return 3
        case .stop: return 4
        }
    }

    private static func strongest(_ a: FoldedToken.Break, _ b: FoldedToken.Break) -> FoldedToken.Break {
        rank(a) >= rank(b) ? a : b
    }
}
