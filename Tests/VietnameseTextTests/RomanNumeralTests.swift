import Testing
import VietnameseText

@Suite("Roman numerals")
struct RomanNumeralTests {
    @Test(arguments: [
        ("i", 1), ("ii", 2), ("iii", 3), ("iv", 4), ("vi", 6), ("ix", 9), ("xii", 12), ("xiv", 14),
        ("IV", 4), ("XL", 40), ("XLIX", 49), ("MMMCMXCIX", 3999),
    ])
    func reads(_ text: String, _ value: Int) {
        #expect(RomanNumeral.value(of: text) == value)
    }

    @Test(arguments: ["", "iiii", "vv", "ic", "abc", "111", "1v", "Iv", "IIII", "VX"])
    func rejectsNonCanonical(_ text: String) {
        #expect(RomanNumeral.value(of: text) == nil)
    }

    @Test(arguments: [("111", 3), ("11", 2), ("1v", 4), ("lll", 3), ("lV", 4)])
    func readsOCRLookalikesWhenAsked(_ text: String, _ value: Int) {
        #expect(RomanNumeral.value(of: text, ocrTolerant: true) == value)
    }

    /// Writing and reading agree over the whole range, in both cases.
    @Test func roundTripsEveryValue() {
        for n in 1...RomanNumeral.maximum {
            #expect(RomanNumeral.value(of: RomanNumeral.uppercase(n)!) == n)
            #expect(RomanNumeral.value(of: RomanNumeral.lowercase(n)!) == n)
        }
        #expect(RomanNumeral.uppercase(0) == nil)
        #expect(RomanNumeral.uppercase(RomanNumeral.maximum + 1) == nil)
        #expect(RomanNumeral.uppercase(14) == "XIV")
    }
}
