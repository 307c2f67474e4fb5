/// Vietnamese for the English phrases loaders pass as "what" and "expected" in issues
/// (key names and paths pass through unchanged).
public enum DataWording {
    static let phrases: [String: String] = [
        "the rule pack": "tệp luật",
        "a rule": "luật",
        "an example": "ví dụ",
        "examples": "examples",
        "the configuration": "tệp cấu hình",
        "the file": "tệp",
        "a mapping (key: value)": "một ánh xạ (khoá: giá trị)",
        "a list": "một danh sách",
        "text": "văn bản",
        "true or false": "true hoặc false",
        "a number": "một số",
        "a whole number": "một số nguyên",
        "null": "null",
        "a mapping": "một ánh xạ",
    ]

    public static func vietnamese(_ phrase: String) -> String {
        if let p = phrases[phrase] { return p }
        if phrase.hasPrefix("a key in ") { return "khoá trong " + vietnamese(String(phrase.dropFirst(9))) }
        return phrase
    }
}
