import Foundation
import PlanModel

/// Entry points for the structured formats, kept apart so their readers can evolve alone.
enum DocumentReaders {
    static func docx(_ url: URL, _ displayPath: String) throws(PlanReadError) -> SourceText {
        throw PlanReadError(file: displayPath, message: "Chưa hỗ trợ đọc tệp .docx trong phiên bản này.",
                            messageEn: "Reading .docx files is not supported in this build yet.")
    }

    static func pdf(_ url: URL, _ displayPath: String) throws(PlanReadError) -> SourceText {
        throw PlanReadError(file: displayPath, message: "Chưa hỗ trợ đọc tệp PDF: hãy chuyển sang .docx hoặc văn bản.",
                            messageEn: "PDF files are not supported yet: convert to .docx or text.")
    }
}
