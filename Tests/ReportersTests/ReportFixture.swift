import Foundation
import PlanModel
import Reporters

/// The one canned report every reporter renders: several files, a whole-file finding, a
/// finding in NFD text after multi-byte text, a multi-line span, Word paragraph and table
/// locations, a finding whose rule metadata is missing and whose line is not quoted,
/// hostile markup in plan text, a clean file, and all three severities (3 of each).
enum ReportFixture {
    static let baseDirectory = "/work/plans"
    static let toolVersion = "0.0.0-test"

    static let textPath = "/work/plans/so-tu-phap/ke-hoach-cchc-2023.txt"
    static let nfdPath = "/work/plans/so-tu-phap/ke-hoach-nfd.md"
    static let docxPath = "/work/plans/so-noi-vu/KH-2023.docx"
    static let cleanPath = "/work/plans/so-y-te/ke-hoach.txt"
    static let draftPath = "drafts/dự thảo.yaml"

    /// Plan text that must never be interpreted by any output format.
    static let hostile = "Quyết định số 12/QĐ-UBND <script>alert(1)</script> | \"x\" & 'y'"

    /// Line 8 of the NFD file, decomposed: every accented letter is several scalars.
    static let nfdLine = nfd("- Thời gian thực hiện: Quý IV/2022")
    static let nfdSpanText = nfd("Quý IV/2022")

    static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    /// 1-based grapheme columns `[start, end)` of `needle` in `line`.
    static func columns(of needle: String, in line: String) -> (start: Int, end: Int) {
        guard let range = line.range(of: needle, options: .literal) else {
            fatalError("fixture text \(needle) not found in \(line)")
        }
        let start = line.distance(from: line.startIndex, to: range.lowerBound) + 1
        return (start, start + line[range].count)
    }

    static func span(_ file: String, line: Int, text needle: String, in lineText: String,
                     logical: LogicalLocation? = nil) -> SourceSpan {
        let (start, end) = columns(of: needle, in: lineText)
        return SourceSpan(file: file, start: SourcePosition(line: line, column: start),
                          end: SourcePosition(line: line, column: end), logical: logical)
    }

    static var report: LintReport {
        let textExcerpts = [
            14: "c) Rà soát, hệ thống hoá văn bản quy phạm pháp luật.",
            15: "- Thời gian: Thường xuyên",
            21: "Căn cứ " + hostile,
        ]
        let textFile = FileReport(
            file: SourceFile(path: textPath, kind: .text),
            findings: [
                Finding(ruleId: "reference.malformed", severity: .info,
                        message: "Ký hiệu văn bản không đúng mẫu: 12/QĐ-UBND <script>alert(1)</script>",
                        file: textPath, span: span(textPath, line: 21, text: hostile, in: textExcerpts[21]!),
                        evidence: hostile, suggestion: "Viết lại ký hiệu | theo mẫu\nsố/QĐ-UBND, 100% đúng"),
                Finding(ruleId: "timeline.vague", severity: .warning,
                        message: "Thời gian \"Thường xuyên\" không phải là một thời hạn cụ thể.",
                        file: textPath, span: span(textPath, line: 15, text: "Thường xuyên", in: textExcerpts[15]!),
                        path: "II.2.c", evidence: "Thường xuyên"),
                Finding(ruleId: "task.lead-unit.missing", severity: .error,
                        message: "Nhiệm vụ II.2.c chưa có đơn vị chủ trì.",
                        file: textPath,
                        span: span(textPath, line: 14, text: "Rà soát, hệ thống hoá văn bản quy phạm pháp luật.",
                                   in: textExcerpts[14]!),
                        path: "II.2.c", evidence: "Rà soát, hệ thống hoá văn bản quy phạm pháp luật.",
                        suggestion: "Thêm dòng \"- Đơn vị chủ trì: …\"."),
                Finding(ruleId: "plan.master-citation.missing", severity: .error,
                        message: "Kế hoạch chưa trích dẫn Quyết định số 2108/QĐ-UBND của UBND tỉnh.",
                        file: textPath, span: nil,
                        suggestion: "Bổ sung căn cứ: Quyết định số 2108/QĐ-UBND."),
            ],
            excerpts: textExcerpts)

        let nfdExcerpts = [7: nfd("## Nhiệm vụ trọng tâm năm 2023"), 8: nfdLine]
        let nfdFile = FileReport(
            file: SourceFile(path: nfdPath, kind: .markdown),
            findings: [
                Finding(ruleId: "timeline.year.mismatch", severity: .warning,
                        message: "Năm 2022 trong thời hạn không khớp với năm của kế hoạch (2023).",
                        file: nfdPath, span: span(nfdPath, line: 8, text: nfdSpanText, in: nfdLine),
                        path: "I.1", evidence: nfdSpanText),
                Finding(ruleId: "task.product.missing", severity: .error,
                        message: "Nhiệm vụ I.1 chưa có sản phẩm.",
                        file: nfdPath,
                        span: SourceSpan(file: nfdPath, start: SourcePosition(line: 7, column: 4),
                                         end: SourcePosition(line: 8, column: 3)),
                        path: "I.1"),
            ],
            excerpts: nfdExcerpts)

        let docxExcerpts = [
            23: "Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ;",
            57: "Quý I/2023",
        ]
        let docxFile = FileReport(
            file: SourceFile(path: docxPath, kind: .docx),
            findings: [
                Finding(ruleId: "task.deadline.early", severity: .info,
                        message: "Thời hạn Quý I/2023 sớm hơn thời hạn của kế hoạch tỉnh (Quý II/2023).",
                        file: docxPath,
                        span: span(docxPath, line: 57, text: "Quý I/2023", in: docxExcerpts[57]!,
                                   logical: LogicalLocation(paragraph: 57, table: 1, row: 4, column: 5)),
                        path: "III.1.a", evidence: "Quý I/2023"),
                Finding(ruleId: "reference.superseded", severity: .warning,
                        message: "Nghị định số 61/2018/NĐ-CP đã được thay thế.",
                        file: docxPath,
                        span: span(docxPath, line: 23, text: "Nghị định số 61/2018/NĐ-CP", in: docxExcerpts[23]!,
                                   logical: LogicalLocation(paragraph: 23)),
                        evidence: "Nghị định số 61/2018/NĐ-CP",
                        suggestion: "Trích dẫn Nghị định số 107/2021/NĐ-CP."),
            ],
            excerpts: docxExcerpts)

        let cleanFile = FileReport(file: SourceFile(path: cleanPath, kind: .text), findings: [])

        let draftFile = FileReport(
            file: SourceFile(path: draftPath, kind: .yaml),
            findings: [
                Finding(ruleId: "input.quality.low", severity: .info,
                        message: "Văn bản bị hỏng do nhận dạng ký tự; không đánh giá được mục này.",
                        file: draftPath,
                        span: SourceSpan(file: draftPath, start: SourcePosition(line: 3, column: 5),
                                         end: SourcePosition(line: 3, column: 12))),
            ])

        return LintReport(
            files: [textFile, nfdFile, docxFile, cleanFile, draftFile],
            rules: rules, toolVersion: toolVersion, language: "vi")
    }

    static let rules: [RuleDescriptor] = [
        RuleDescriptor(id: "plan.master-citation.missing", pack: "core.plan", defaultSeverity: .error,
                       title: "Thiếu căn cứ kế hoạch của tỉnh", titleEn: "Master plan not cited",
                       description: "Kế hoạch của cơ quan phải trích dẫn kế hoạch CCHC của UBND tỉnh.",
                       helpURI: "https://example.org/rules/plan.master-citation.missing"),
        RuleDescriptor(id: "task.lead-unit.missing", pack: "core.tasks", defaultSeverity: .error,
                       title: "Thiếu đơn vị chủ trì", titleEn: "Lead unit missing",
                       description: "Mỗi nhiệm vụ phải có đơn vị chủ trì."),
        RuleDescriptor(id: "task.product.missing", pack: "core.tasks", defaultSeverity: .error,
                       title: "Thiếu sản phẩm", titleEn: "Product missing",
                       description: "Mỗi nhiệm vụ phải có sản phẩm."),
        RuleDescriptor(id: "timeline.vague", pack: "core.timelines", defaultSeverity: .warning,
                       title: "Thời gian không cụ thể", titleEn: "Vague timeline",
                       description: "Thời gian thực hiện phải là một thời hạn cụ thể."),
        RuleDescriptor(id: "timeline.year.mismatch", pack: "core.timelines", defaultSeverity: .warning,
                       title: "Năm không khớp", titleEn: "Year mismatch",
                       description: "Năm trong thời hạn phải là năm của kế hoạch."),
        RuleDescriptor(id: "reference.malformed", pack: "core.references", defaultSeverity: .info,
                       title: "Ký hiệu văn bản sai mẫu <b>", titleEn: "Malformed document symbol <b>",
                       description: "Ký hiệu văn bản theo Nghị định 30/2020/NĐ-CP."),
        RuleDescriptor(id: "reference.superseded", pack: "core.references", defaultSeverity: .warning,
                       title: "Văn bản đã được thay thế", titleEn: "Superseded document",
                       description: "Không trích dẫn văn bản đã hết hiệu lực."),
        RuleDescriptor(id: "task.deadline.early", pack: "masters", defaultSeverity: .info,
                       title: "Thời hạn sớm hơn kế hoạch tỉnh", titleEn: "Deadline earlier than master plan",
                       description: "Thời hạn sớm hơn mức tỉnh yêu cầu."),
    ]

    static var options: ReportOptions { ReportOptions(language: "vi", baseDirectory: baseDirectory) }
    static var englishOptions: ReportOptions { ReportOptions(language: "en", baseDirectory: baseDirectory) }
}
