import Foundation
import FuzzSupport
import PlanParser
import PlanReaders

/// Text reader (decoding, normalising) followed by the whole plan parser.
@main
enum FuzzTextPlan {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        guard let source = try? TextReader.read(bytes: FuzzInput.bytes(data, size), displayPath: "fuzz.txt") else { return 0 }
        _ = PlanParser.parse(source)
        return 0
    }
}
