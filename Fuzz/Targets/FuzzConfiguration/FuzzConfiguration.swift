import Foundation
import FuzzSupport
import PlanlintKit

/// The `.planlint.yaml` configuration loader.
@main
enum FuzzConfiguration {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        _ = try? Configuration.load(file: FuzzInput.file(data, size, suffix: ".planlint.yaml"))
        return 0
    }
}
