import Foundation
import VietnameseText

/// Folding plus Foundation's string helpers, in one place for the header code.
enum VietnameseFoldingShim {
    static func fold(_ s: String) -> String { VietnameseFolding.fold(s) }
}
