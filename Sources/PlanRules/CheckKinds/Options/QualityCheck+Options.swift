// Declared options of `quality`.
extension QualityCheck {
    public static var options: OptionShape {
        .object([
            OptionField("min_valid_syllables", .number("report when fewer words than this share (0–1) are valid Vietnamese syllables; this is the quality gate")),
            OptionField("min_diacritics", .number("report when fewer valid words than this share (0–1) carry a diacritic")),
        ], minProperties: 1, maxProperties: 1)
    }
}
