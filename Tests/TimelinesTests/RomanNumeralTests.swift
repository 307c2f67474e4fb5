import Testing
@testable import Timelines

@Suite("Roman numerals")
struct RomanNumeralTests {
    @Test(arguments: [
        ("i", 1), ("ii", 2), ("iii", 3), ("iv", 4), ("vi", 6), ("ix", 9), ("xii", 12), ("xiv", 14),
    ])
    func reads(_ text: String, _ value: Int) {
        #expect(RomanNumeral.value(of: text) == value)
    }

    @Test(arguments: ["", "iiii", "vv", "ic", "abc", "111", "1v"])
    func rejectsNonCanonical(_ text: String) {
        #expect(RomanNumeral.value(of: text) == nil)
    }

    @Test(arguments: [("111", 3), ("11", 2), ("1v", 4), ("lll", 3), ("Iv".lowercased(), 4)])
    func readsOCRLookalikesWhenAsked(_ text: String, _ value: Int) {
        #expect(RomanNumeral.value(of: text, ocrTolerant: true) == value)
    }
}
