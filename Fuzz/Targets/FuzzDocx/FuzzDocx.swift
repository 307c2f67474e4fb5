import Foundation
import FuzzSupport
import PlanReaders

/// The Word reader: ZIP container, XML parts, numbering, tables, tracked changes.
@main
enum FuzzDocx {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        let path = FuzzInput.file(data, size, suffix: ".docx")
        _ = try? DocxReader.readDocument(url: URL(fileURLWithPath: path), displayPath: "fuzz.docx")
        return 0
    }
}
