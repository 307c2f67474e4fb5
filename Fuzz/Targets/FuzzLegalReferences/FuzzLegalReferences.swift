import Foundation
import FuzzSupport
import LegalReferences
import PlanModel

/// The legal-reference scanner and citation parser on one paragraph.
@main
enum FuzzLegalReferences {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        let text = FuzzInput.text(data, size).precomposedStringWithCanonicalMapping
        let count = text.unicodeScalars.count
        _ = LegalReferenceScanner.scan(text) { range in
            // A range outside the text is a scanner bug; make it a crash the fuzzer reports.
            precondition(range.lowerBound >= 0 && range.upperBound <= count && range.lowerBound <= range.upperBound)
            return SourceSpan(file: "fuzz.txt", start: SourcePosition(line: 1, column: range.lowerBound + 1),
                              end: SourcePosition(line: 1, column: range.upperBound + 1))
        }
        return 0
    }
}
