// Declared options of `layout`.
extension LayoutCheck {
    public static var options: OptionShape {
        func range(_ summary: String) -> OptionShape { .list(.number(), minItems: 2, maxItems: 2, summary) }
        return .object([
            OptionField("of", .words(components, "what is checked: the page, all text, a header component (vv: a công văn's V/v line), the body, the closing, the page number, the encoding, or reviewers' comments")),
            OptionField("paper", .string("paper size, \"A4\"")),
            OptionField("orientation", .words(["portrait", "landscape"], "orientation of the sections before the signature (an appendix may differ)")),
            OptionField("margin_top", range("top margin, [lowest, highest] in mm")),
            OptionField("margin_bottom", range("bottom margin, [lowest, highest] in mm")),
            OptionField("margin_left", range("left margin, [lowest, highest] in mm")),
            OptionField("margin_right", range("right margin, [lowest, highest] in mm")),
            OptionField("font", .string("the font every run uses (runs in TCVN3/VNI fonts are left to `of: encoding`)")),
            OptionField("color", .string("\"black\" or six hex digits; automatic colour counts as black")),
            OptionField("size", range("font size, [lowest, highest] in points")),
            OptionField("bold", .boolean("whether the text is bold")),
            OptionField("italic", .boolean("whether the text is italic")),
            OptionField("capitals", .boolean("whether the text is in capitals")),
            OptionField("first_line_indent", range("first-line indent of paragraphs without automatic numbering, [lowest, highest] in cm")),
            OptionField("line_spacing", range("line spacing as a multiple of single lines, [lowest, highest]")),
            OptionField("placement", .words(["header", "footer"], "where the page number is printed")),
            OptionField("alignment", .words(["left", "center", "right", "justify"], "horizontal alignment")),
            OptionField("first_page", .boolean("whether the first page shows a page number")),
            OptionField("unicode", .boolean("true: text converted from TCVN3 or VNI is reported (of: encoding)")),
            OptionField("rule_below", .boolean("whether a short rule (bottom border, line shape or typed row of \"_\") follows the component")),
            OptionField("allowed", .boolean("false: every one found is reported (of: comments)")),
        ], required: ["of"], minProperties: 2)
    }
}
