import Foundation
import FuzzSupport
import Timelines

/// The timeline grammar on one field's text, with and without a plan year.
@main
enum FuzzTimeline {
    static func main() { runFuzzer(one) }

    static let one: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
        guard let data else { return 0 }
        let text = FuzzInput.text(data, size)
        _ = TimelineParser.parse(text, planYear: 2024)
        _ = TimelineParser.parse(text, planYear: nil)
        return 0
    }
}
