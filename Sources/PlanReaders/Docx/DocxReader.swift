import Foundation
import PlanModel

/// Reads a Word (`.docx`) plan into the same `SourceText` the text reader produces.
///
/// One `SourceLine` per body paragraph in document order, table-cell paragraphs and
/// empty paragraphs included, so `number` is the paragraph's position in the body
/// ("đoạn 12"); `logical` gives the paragraph and, inside a table, the 1-based table,
/// row and grid column (merged cells keep the grid column of their left edge).
///
/// What a line holds is what Word shows with every tracked change accepted:
/// - Word's automatic numbering is rebuilt from numbering.xml (and styles.xml for
///   numbering that comes with a paragraph style) and put in `generatedPrefix` ("II. ",
///   "a) ", "- " for any bullet), never in `text`, so columns count the typed characters.
///   Word's letters are English (a b c d e), as on screen, not Vietnamese (a b c d đ e).
/// - Insertions and moved-to text are kept; deletions, moved-from text and deleted table
///   rows are dropped; a paragraph whose mark was deleted is joined to the next.
/// - `w:tab` is "\t"; a manual line break (`w:br`) is one space, so a paragraph stays
///   one line; field instructions, hidden text and drawings are left out, text boxes are
///   read where they are anchored;
///   all-caps formatting is shown upper-case. Headers, footers, comments, footnotes and
///   endnotes are not part of the body and are not read.
/// - A vertically merged cell's continuation rows have empty paragraphs; use
///   `readDocument` to learn which cells continue a merge and inherit its text.
///
/// Hostile files (zip bombs, thousands of entries, DOCTYPE or entity declarations, deep
/// nesting) and broken ones end in a `PlanReadError` within the bounds of `DocxLimits`.
/// A file that is really something else is named for what it is: an old `.doc` or a
/// password-protected file gets a message saying to save it as `.docx`, an RTF or Excel
/// file is named, and a PDF is handed to `PDFTextReader`.
public enum DocxReader {
    /// Reads the plan's lines.
    /// - Parameters:
    ///   - url: the file to read.
    ///   - displayPath: the path as the user gave it; used in spans and errors.
    /// - Throws: `PlanReadError` with a one-line reason in Vietnamese and English.
    public static func read(url: URL, displayPath: String, limits: DocxLimits = .default) throws(PlanReadError)
        -> SourceText {
        try readDocument(url: url, displayPath: displayPath, limits: limits).source
    }

    /// Reads the plan's lines together with the structure of its tables (merged cells,
    /// repeated header rows), for turning appendix tables into tasks.
    public static func readDocument(url: URL, displayPath: String, limits: DocxLimits = .default)
        throws(PlanReadError) -> DocxDocument {
        let format = DocumentFormat.sniff(url: url)
        switch format {
        case .zip, .unknown: break
        case .legacyWord: throw .docxLegacyWord(displayPath)
        case .encryptedOffice: throw .docxEncrypted(displayPath)
        case .rtf: throw .docxRichText(displayPath)
        case .wordXML: throw .docxWordXML(displayPath)
        case .pdf: return DocxDocument(source: try PDFTextReader.read(url: url, displayPath: displayPath), tables: [])
        }
        if format == .unknown,
           (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue == 0 {
            throw .docxEmptyFile(displayPath)
        }
        var package: DocxPackage
        do {
            package = try DocxPackage(url: url, displayPath: displayPath, limits: limits)
        } catch {
            // A ZIP may carry a prefix (a self-extractor), so an unknown start is tried as
            // a ZIP; when that fails too, the file is simply not a .docx.
            if format == .unknown && error == .docxBrokenZip(displayPath) { throw .docxNotZip(displayPath) }
            throw error
        }
        var mainPart = "word/document.xml"
        if let data = try package.read("_rels/.rels") {
            let rels = try DocxRelationships.parse(data, part: "_rels/.rels", file: displayPath, limits: limits)
            if let target = rels.target(ofType: DocxRelationships.officeDocumentType, from: ""),
               package.contains(target) {
                mainPart = target
            }
        }
        guard let documentData = try package.read(mainPart) else {
            if package.contains("xl/workbook.xml") { throw .docxOtherOfficeFile(displayPath, kind: "Excel (.xlsx)") }
            if package.contains("ppt/presentation.xml") {
                throw .docxOtherOfficeFile(displayPath, kind: "PowerPoint (.pptx)")
            }
            if package.contains("content.xml") { throw .docxOtherOfficeFile(displayPath, kind: "OpenDocument (.odt)") }
            throw .docxMissingDocument(displayPath, part: mainPart)
        }

        var numberingPart = DocxRelationships.resolve("numbering.xml", from: mainPart)
        var stylesPart = DocxRelationships.resolve("styles.xml", from: mainPart)
        let relsPart = DocxRelationships.relsPart(for: mainPart)
        if let data = try package.read(relsPart) {
            let rels = try DocxRelationships.parse(data, part: relsPart, file: displayPath, limits: limits)
            numberingPart = rels.target(ofType: DocxRelationships.numberingType, from: mainPart) ?? numberingPart
            stylesPart = rels.target(ofType: DocxRelationships.stylesType, from: mainPart) ?? stylesPart
        }
        var styles = WordStyles()
        if let data = try package.read(stylesPart) {
            styles = try WordStyles.parse(data, part: stylesPart, file: displayPath, limits: limits)
        }
        var numbering = WordNumberingDefinitions()
        if let data = try package.read(numberingPart) {
            numbering = try WordNumberingDefinitions.parse(data, part: numberingPart, file: displayPath, limits: limits)
        }

        let body = DocxBodyParser(file: displayPath, limits: limits,
                                  numberer: WordListNumberer(definitions: numbering, styles: styles))
        let formatting = try DocxFormattingReader.collector(package: &package, stylesPart: stylesPart, mainPart: mainPart,
                                                            file: displayPath, limits: limits)
        body.onEmit = { [unowned formatting] line, prefix, text in formatting.emitted(line: line, prefix: prefix, text: text) }
        try SafeXMLParser.parse(documentData, part: mainPart, file: displayPath, limits: limits,
                                handler: XMLEventTee(formatting, body))
        guard body.sawDocumentRoot else { throw .docxNotWordprocessing(displayPath, part: mainPart) }
        if let (paragraph, column) = CombiningMarkLimit.firstViolation(in: body.lines) {
            throw .tooManyCombiningMarks(displayPath, location: "đoạn \(paragraph), cột \(column)")
        }
        if let violation = LineLimits.firstViolation(in: body.lines) {
            throw .lineLimit(displayPath, violation) { "đoạn \($0), cột \($1)" }
        }
        var lines = body.lines
        let (facts, legacy) = try DocxFormattingReader.finish(formatting, package: &package, mainPart: mainPart,
                                                              file: displayPath, limits: limits, lines: &lines)
        var source = SourceText(file: SourceFile(path: displayPath, kind: .docx), lines: lines)
        source.formatting = facts
        source.legacyEncoding = legacy
        return DocxDocument(source: source, tables: body.tables)
    }
}

extension PlanReadError {
    static func docxLegacyWord(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Đây là tệp Word cũ (.doc), không đọc trực tiếp được. Hãy mở bằng Word và lưu lại dưới dạng .docx (Tệp → Lưu thành → Tài liệu Word).",
                      messageEn: "This is a legacy Word (.doc) file, which cannot be read directly. Open it in Word and save it as .docx (File → Save As → Word Document).")
    }

    static func docxEncrypted(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp Word được đặt mật khẩu. Hãy gỡ mật khẩu rồi lưu lại dưới dạng .docx.",
                      messageEn: "The Word file is password-protected. Remove the password and save it as .docx.")
    }

    static func docxRichText(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Đây là tệp RTF, không phải .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.",
                      messageEn: "This is an RTF file, not a .docx. Open it in Word and save it as .docx.")
    }

    static func docxWordXML(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Đây là tệp Word XML một tệp (Word 2003 XML), không phải .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.",
                      messageEn: "This is a single-file Word XML document (Word 2003 XML), not a .docx. Open it in Word and save it as .docx.")
    }

    static func docxEmptyFile(_ file: String) -> PlanReadError {
        PlanReadError(file: file, message: "Tệp rỗng (0 byte).", messageEn: "The file is empty (0 bytes).")
    }

    static func docxNotZip(_ file: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp không phải tài liệu Word .docx (không có cấu trúc ZIP của .docx).",
                      messageEn: "The file is not a Word .docx document (it has no .docx ZIP structure).")
    }

    static func docxMissingDocument(_ file: String, part: String) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx bị hỏng: không tìm thấy \(part)",
                      messageEn: "Damaged .docx file: \(part) not found")
    }

    static func docxOtherOfficeFile(_ file: String, kind: String) -> PlanReadError {
        PlanReadError(file: file,
                      message: "Tệp là tài liệu \(kind), không phải Word .docx.",
                      messageEn: "The file is not a Word .docx but a document of another kind: \(kind).")
    }

    static func docxNotWordprocessing(_ file: String, part: String) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx bị hỏng: phần nội dung chính không phải văn bản Word.",
                      messageEn: "Damaged .docx file: its main part is not a Word document body.")
    }
}
