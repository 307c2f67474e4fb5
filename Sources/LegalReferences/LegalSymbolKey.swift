import Foundation
import VietnameseText

/// The identity of a document symbol for matching: two citations of one document
/// ("107/2021/NĐ-CP" and OCR's "107/2021/ND-CP", "04-NQ/TU" and "4-NQ/TU") share it.
///
/// Folds diacritics and Đ, ignores case and spaces, and drops leading zeros of the
/// number. Used to group repeated citations and to look symbols up in the catalogue.
public struct LegalSymbolKey: Hashable, Sendable, CustomStringConvertible {
    /// The folded form, e.g. "107/2021/nd-cp".
    public let value: String

    /// The key of a symbol as written or as canonicalised by the scanner.
    public init(_ symbol: String) {
        var view = String.UnicodeScalarView()
        var atNumberStart = true
        for scalar in symbol.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            if atNumberStart, scalar == "0" { continue }
            atNumberStart = false
            view.append(VietnameseFolding.fold(scalar))
        }
        value = String(view)
    }

    public var description: String { value }
}
