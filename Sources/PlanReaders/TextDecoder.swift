import PlanModel

/// Decodes the bytes of a text plan: UTF-8 with or without BOM, UTF-16 with BOM.
///
/// Nothing is silently replaced: an invalid byte sequence or a NUL byte (a binary
/// file) is an error naming the byte offset, so the user can find it.
enum TextDecoder {
    enum Failure: Error, Equatable {
        case invalidUTF8(offset: Int)
        case invalidUTF16(offset: Int)
        case binary(offset: Int)
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return try decodeUTF16(bytes, from: 2, littleEndian: true) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return try decodeUTF16(bytes, from: 2, littleEndian: false) }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if let bad = firstInvalidUTF8(bytes, from: start) { throw .invalidUTF8(offset: bad) }
        if let nul = bytes[start...].firstIndex(of: 0) { throw .binary(offset: nul) }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; cp = UInt32(c & 0x1F); min = 0x80
            case 0xE0...0xEF: need = 2; cp = UInt32(c & 0x0F); min = 0x800
            case 0xF0...0xF4: need = 3; cp = UInt32(c & 0x07); min = 0x10000
            default: return i
            }
            for k in 1...need {
                guard i + k < n else { return i }
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                cp = (cp << 6) | UInt32(cc & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += need + 1
        }
        return nil
    }

    static func decodeUTF16(_ b: [UInt8], from start: Int, littleEndian: Bool) throws(Failure) -> String {
        if (b.count - start) % 2 != 0 { throw .invalidUTF16(offset: b.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity((b.count - start) / 2)
        var i = start
        while i + 1 < b.count {
            let u = littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
            units.append(u)
            i += 2
        }
        var k = 0
        while k < units.count {
            let u = units[k]
            if (0xD800...0xDBFF).contains(u) {
                guard k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) else {
                    throw .invalidUTF16(offset: start + 2 * k)
                }
                k += 2
                continue
            }
            if (0xDC00...0xDFFF).contains(u) { throw .invalidUTF16(offset: start + 2 * k) }
            if u == 0 { throw .binary(offset: start + 2 * k) }
            k += 1
        }
        return String(decoding: units, as: UTF16.self)
    }
}
