/// Canonical spellings of the words the timeline grammar knows, including OCR damage.
///
/// OCR of Vietnamese plans turns "ư" into "ir", "i.r", "ix" or "nr", "l" into "1", "ị"
/// into "j", and drops marked vowels ("Quý" → "Qu", "liền" → "1in"). Each variant here
/// was seen in real plans or follows one of those patterns; the grammar then deals only
/// in canonical words. Words not listed are kept as folded.
enum TimelineLexicon {
    /// The canonical form of a folded word.
    static func canonical(_ folded: String) -> String {
        variants[folded] ?? folded
    }

    /// Whether "a.b" should be read as one word (OCR splits "ư" into "i.r").
    static func joinsAcrossDot(_ candidate: String) -> Bool {
        dottedWords.contains(candidate)
    }

    private static let variants: [String: String] = [
        // trước
        "tnroc": "truoc", "triroc": "truoc", "trixoc": "truoc", "tri.roc": "truoc",
        "tru.oc": "truoc", "truroc": "truoc",
        // quý
        "qui": "quy", "qu": "quy",
        // thường
        "thirong": "thuong", "thuang": "thuong", "thi.rong": "thuong",
        // định
        "djnh": "dinh", "ctjnh": "dinh", "dlnh": "dinh",
        // liền
        "1ien": "lien", "lin": "lien", "1in": "lien",
        // số
        "s6": "so", "s0": "so",
        // hằng / hàng stay "hang"; "hàng" OCR'd without the mark is the same word.
    ]

    private static let dottedWords: Set<String> = ["tri.roc", "tru.oc", "thi.rong"]
}
