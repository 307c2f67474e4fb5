import Foundation

/// The formats planlint reads, decided in one place (`InputFormat.detect`) from the
/// file's first bytes, with the file name only breaking ties between text formats.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case markdown
    case docx
    case pdf
    /// A plan kept as structured YAML (`.yaml`, `.yml`).
    case structuredPlan

    /// Decides what `head` (the first bytes of the file) is. A renamed `.docx` is still
    /// Word and a renamed PDF still PDF; text is Markdown or a structured plan only by name,
    /// and an unrecognisable file named `.docx` goes to the Word reader for its diagnosis.
    /// - Throws: a `PlanReadError` naming the format for files planlint cannot read
    ///   (old `.doc`, encrypted Office, RTF, Word 2003 XML).
    public static func detect(head: [UInt8], displayPath: String) throws(PlanReadError) -> InputFormat {
        switch DocumentFormat.sniff(head: Data(head)) {
        case .zip: return .docx
        case .pdf: return .pdf
        case .legacyWord: throw .docxLegacyWord(displayPath)
        case .encryptedOffice: throw .docxEncrypted(displayPath)
        case .rtf: throw .docxRichText(displayPath)
        case .wordXML: throw .docxWordXML(displayPath)
        case .unknown: break
        }
        switch (displayPath as NSString).pathExtension.lowercased() {
        case "md", "markdown": return .markdown
        case "yaml", "yml": return .structuredPlan
        // Named as Word but not recognisable: the Word reader says what is wrong with it
        // (a ZIP with a prefix is still tried) rather than reading binary as text.
        case "docx": return .docx
        default: return .text
        }
    }
}
