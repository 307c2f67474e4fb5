import PlanModel

/// The words reporters put around findings, in Vietnamese (default) or English.
///
/// Kept in one place so every format says "cảnh báo" the same way and an English run
/// never leaks a Vietnamese label.
struct ReportVocabulary: Sendable {
    let english: Bool

    init(_ options: ReportOptions) {
        english = options.isEnglish
    }

    /// Lower-case severity label, as in `file:1:2: lỗi rule: …`.
    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return english ? "error" : "lỗi"
        case .warning: return english ? "warning" : "cảnh báo"
        case .info: return english ? "info" : "thông tin"
        }
    }

    /// Capitalised severity label for badges and table cells.
    func severityTitle(_ severity: Severity) -> String {
        switch severity {
        case .error: return english ? "Error" : "Lỗi"
        case .warning: return english ? "Warning" : "Cảnh báo"
        case .info: return english ? "Info" : "Thông tin"
        }
    }

    /// Plural heading for a severity, for summary cards.
    func severityPlural(_ severity: Severity) -> String {
        switch severity {
        case .error: return english ? "Errors" : "Lỗi"
        case .warning: return english ? "Warnings" : "Cảnh báo"
        case .info: return english ? "Info" : "Thông tin"
        }
    }

    /// "3 lỗi, 2 cảnh báo, 1 thông tin trong 2 tệp" — the counts cover every checked file.
    func summary(errors: Int, warnings: Int, infos: Int, files: Int) -> String {
        if english {
            return "\(errors) \(errors == 1 ? "error" : "errors"), "
                + "\(warnings) \(warnings == 1 ? "warning" : "warnings"), "
                + "\(infos) info in \(files) \(files == 1 ? "file" : "files")"
        }
        return "\(errors) lỗi, \(warnings) cảnh báo, \(infos) thông tin trong \(files) tệp"
    }

    /// Where a finding sits in a Word document: "đoạn 23" or "bảng 1, dòng 4, cột 5".
    ///
    /// Returns nil when the location carries nothing to say.
    func logical(_ location: LogicalLocation) -> String? {
        var parts: [String] = []
        if let table = location.table {
            parts.append(english ? "table \(table)" : "bảng \(table)")
            if let row = location.row { parts.append(english ? "row \(row)" : "dòng \(row)") }
            if let column = location.column { parts.append(english ? "column \(column)" : "cột \(column)") }
        } else if let paragraph = location.paragraph {
            parts.append(english ? "paragraph \(paragraph)" : "đoạn \(paragraph)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A readable position: "dòng 12, cột 5", or the Word location followed by the
    /// character ("bảng 1, dòng 4, cột 5, ký tự 3") so table rows and text lines are not confused.
    func position(_ span: SourceSpan) -> String {
        if let logical = span.logical.flatMap(logical) {
            return logical + (english ? ", character \(span.start.column)" : ", ký tự \(span.start.column)")
        }
        return english
            ? "line \(span.start.line), column \(span.start.column)"
            : "dòng \(span.start.line), cột \(span.start.column)"
    }

    /// Label for findings about the whole document rather than one task or section.
    var wholeDocument: String { english ? "Whole document" : "Toàn văn bản" }
    /// Label before a suggestion.
    var suggestion: String { english ? "suggestion" : "gợi ý" }
    var suggestionTitle: String { english ? "Suggestion" : "Gợi ý" }
    /// Label before the text that triggered a finding.
    var evidenceTitle: String { english ? "Evidence" : "Trích đoạn" }
    var ruleTitle: String { english ? "Rule" : "Quy tắc" }
    var fileTitle: String { english ? "File" : "Tệp" }
    var filesTitle: String { english ? "Files" : "Tệp" }
    var lineTitle: String { english ? "Line" : "Dòng" }
    var severityColumnTitle: String { english ? "Severity" : "Mức độ" }
    var messageTitle: String { english ? "Message" : "Nội dung" }
    var noFindings: String { english ? "No findings." : "Không có phát hiện nào." }
    var filesWithoutFindings: String { english ? "Files without findings" : "Tệp không có phát hiện" }
    var defaultTitle: String { english ? "planlint report" : "Báo cáo kiểm tra kế hoạch (planlint)" }
    var wholeFile: String { english ? "whole file" : "toàn tệp" }
    var findingsWord: String { english ? "findings" : "phát hiện" }
}
