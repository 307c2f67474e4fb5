import Foundation

/// The code tables of TCVN3 (TCVN 5712:1993, VN3) and VNI Windows, as the characters a
/// Word run or a plain-text copy holds (the 8-bit code read as Windows-1252/Latin-1).
enum LegacyTables {
    /// TCVN3 code → letter. Capitals other than Ă Â Ê Ô Ơ Ư Đ have no code: they are
    /// written with the lower-case codes in a capitals-only font.
    static let tcvn3Decode: [Character: Character] = {
        let pairs: [(UInt32, Character)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        var d: [Character: Character] = [:]
        for (code, letter) in pairs { d[Character(Unicode.Scalar(code)!)] = letter }
        return d
    }()

    /// Letter → TCVN3 code; a capital without a code of its own is written lower-case.
    static let tcvn3Encode: [Character: Character] = {
        var e: [Character: Character] = [:]
        for (code, letter) in tcvn3Decode { e[letter] = code }
        for (code, letter) in tcvn3Decode {
            let upper = Character(String(letter).uppercased())
            if e[upper] == nil { e[upper] = code }
        }
        return e
    }()

    // VNI: combining marks by the code that writes them (lower-case code, upper-case code).
    static let acute: Unicode.Scalar = "\u{0301}", grave: Unicode.Scalar = "\u{0300}", hook: Unicode.Scalar = "\u{0309}"
    static let tilde: Unicode.Scalar = "\u{0303}", dot: Unicode.Scalar = "\u{0323}"
    static let circumflex: Unicode.Scalar = "\u{0302}", breve: Unicode.Scalar = "\u{0306}"

    /// Tone codes after any vowel.
    static let vniTone: [Character: Unicode.Scalar] = [
        "ù": acute, "ø": grave, "û": hook, "õ": tilde, "ï": dot,
        "Ù": acute, "Ø": grave, "Û": hook, "Õ": tilde, "Ï": dot,
    ]
    /// Circumflex with or without a tone (after a, e, o).
    static let vniCircumflex: [Character: [Unicode.Scalar]] = [
        "â": [circumflex], "á": [circumflex, acute], "à": [circumflex, grave], "å": [circumflex, hook],
        "ã": [circumflex, tilde], "ä": [circumflex, dot],
        "Â": [circumflex], "Á": [circumflex, acute], "À": [circumflex, grave], "Å": [circumflex, hook],
        "Ã": [circumflex, tilde], "Ä": [circumflex, dot],
    ]
    /// Breve with or without a tone (after a).
    static let vniBreve: [Character: [Unicode.Scalar]] = [
        "ê": [breve], "é": [breve, acute], "è": [breve, grave], "ú": [breve, hook], "ü": [breve, tilde], "ë": [breve, dot],
        "Ê": [breve], "É": [breve, acute], "È": [breve, grave], "Ú": [breve, hook], "Ü": [breve, tilde], "Ë": [breve, dot],
    ]
    /// Letters written with one code: ơ ư đ and the i-vowels, ỵ.
    static let vniSingle: [Character: Character] = [
        "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
        "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
    ]
    /// ơ and ư take tone codes after them.
    static let vniHornBases: Set<Character> = ["ô", "ö", "Ô", "Ö"]
    static let vniBases: Set<Character> = ["a", "e", "o", "u", "y", "i", "A", "E", "O", "U", "Y", "I"]

    /// The marks the code `next` adds to the base letter `base`, if it is a mark code there.
    static func vniMarks(after base: Character, _ next: Character) -> [Unicode.Scalar]? {
        let b = Character(base.lowercased())
        if b == "a", let m = vniBreve[next] { return m }
        if b == "a" || b == "e" || b == "o", let m = vniCircumflex[next] { return m }
        if let t = vniTone[next] { return [t] }
        return nil
    }

    /// Letter → VNI codes, built from the decoding rules so both directions agree.
    static let vniEncode: [Character: String] = {
        var e: [Character: String] = [:]
        for (code, letter) in vniSingle { e[letter] = String(code) }
        func add(_ base: Character, _ code: Character, _ marks: [Unicode.Scalar]) {
            var letter = base
            for m in marks { letter = LegacyTextConverter.compose(letter, m) }
            if e[letter] == nil { e[letter] = String(base) + String(code) }
        }
        for base in vniBases {
            let lower = base.isLowercase
            for (code, marks) in vniTone where code.isLowercase == lower { add(base, code, [marks]) }
            let b = Character(base.lowercased())
            if b == "a" { for (code, marks) in vniBreve where code.isLowercase == lower { add(base, code, marks) } }
            if b == "a" || b == "e" || b == "o" {
                for (code, marks) in vniCircumflex where code.isLowercase == lower { add(base, code, marks) }
            }
        }
        for horn in vniHornBases {
            let letter = vniSingle[horn]!
            for (code, mark) in vniTone where code.isLowercase == horn.isLowercase {
                e[LegacyTextConverter.compose(letter, mark)] = String(horn) + String(code)
            }
        }
        return e
    }()
}
