import Foundation
import FuzzSupport
import PlanlintKit

/// The baseline loader (positioned JSON parser and schema).
@main
enum FuzzBaseline {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        _ = try? Baseline.load(path: FuzzInput.file(data, size, suffix: ".baseline.json"))
        return 0
    }
}
