/// Fast letter-case tests for the scalars plans are written in. `Unicode.Scalar.Properties`
/// looks each answer up in the standard library's tables, which showed up as the top cost
/// when checking a few hundred plans; Latin and Vietnamese letters are answered from a
/// small table built once, anything else falls back to the properties.
public enum ScalarClass {
    private static let letterFlag: UInt8 = 1, upperFlag: UInt8 = 2, lowerFlag: UInt8 = 4
    private static let limit: UInt32 = 0x2000

    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: Int(limit))
        for v in 0..<limit {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            var f: UInt8 = 0
            if p.isAlphabetic { f |= letterFlag }
            if p.isUppercase { f |= upperFlag }
            if p.isLowercase { f |= lowerFlag }
            t[Int(v)] = f
        }
        return t
    }()

    @inline(__always) public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < limit ? table[Int(s.value)] & letterFlag != 0 : s.properties.isAlphabetic
    }

    @inline(__always) public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < limit ? table[Int(s.value)] & upperFlag != 0 : s.properties.isUppercase
    }

    @inline(__always) public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.value < limit ? table[Int(s.value)] & lowerFlag != 0 : s.properties.isLowercase
    }
}
