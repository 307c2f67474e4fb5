import Foundation

/// Checks the raw bytes of an XML part before the XML parser sees them.
///
/// Two things in the bytes can hurt the parser itself, so they are refused here rather
/// than reported by it:
/// - an element or attribute name with bytes that are not UTF-8 makes FoundationXML stop
///   the process (it turns libxml2's name into a Swift string unchecked); libxml2 passes
///   names of a UTF-8 document through as they are, so the whole part must be valid
///   UTF-8. A UTF-16 part (allowed by OPC, never written by Word) is decoded and
///   re-encoded as UTF-8 here, its XML declaration dropped, so the parser only ever
///   reads UTF-8 that has been validated.
/// - libxml2 checks an element's attributes for duplicates pairwise, so one tag with
///   200,000 attributes takes minutes; the number of attributes of every tag is capped.
enum XMLPreflight {
    enum Problem: Error, Equatable {
        case invalidUTF8(line: Int, column: Int)
        case invalidUTF16
        case tooManyAttributes(line: Int, column: Int)
    }

    /// The bytes to give the parser (UTF-8), or the first problem found.
    static func prepare(_ data: Data, maxAttributes: Int) -> Result<Data, Problem> {
        var utf8 = data
        if let decoded = decodeUTF16(data) {
            guard let text = decoded else { return .failure(.invalidUTF16) }
            utf8 = Data(droppingDeclaration(text).utf8)
        }
        let problem = utf8.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Problem? in
            scan(raw.bindMemory(to: UInt8.self), maxAttributes: maxAttributes)
        }
        if let problem { return .failure(problem) }
        return .success(utf8)
    }

    // MARK: - UTF-16

    /// nil when `data` is not UTF-16 (no BOM and no "<" as a UTF-16 code unit at the
    /// start); `.some(nil)` when it is UTF-16 but does not decode.
    private static func decodeUTF16(_ data: Data) -> String?? {
        let b = [UInt8](data.prefix(4))
        guard b.count >= 2 else { return nil }
        let littleEndian: Bool
        var body = data
        if b[0] == 0xFF && b[1] == 0xFE && !(b.count == 4 && b[2] == 0 && b[3] == 0) {
            littleEndian = true
            body = data.dropFirst(2)
        } else if b[0] == 0xFE && b[1] == 0xFF {
            littleEndian = false
            body = data.dropFirst(2)
        } else if b.count == 4 && b[0] == 0x3C && b[1] == 0 && b[2] != 0 && b[3] == 0 {
            littleEndian = true
        } else if b.count == 4 && b[0] == 0 && b[1] == 0x3C && b[2] == 0 && b[3] != 0 {
            littleEndian = false
        } else {
            return nil
        }
        guard body.count % 2 == 0 else { return .some(nil) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: return .some(String(text))
            case .error: return .some(nil)
            }
        }
    }

    /// The text without its `<?xml …?>` declaration, which would name an encoding the
    /// re-encoded bytes no longer have.
    private static func droppingDeclaration(_ text: String) -> Substring {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return Substring(text) }
        return text[end.upperBound...]
    }

    // MARK: - Byte scan

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maxAttributes: Int) -> Problem? {
        let n = bytes.count
        var i = 0
        // State of the markup scan, advanced byte by byte alongside UTF-8 validation.
        enum State { case text, tag, quoted(UInt8), skipping([UInt8]) }
        var state = State.text
        var attributes = 0
        var tagStart = 0
        while i < n {
            let byte = bytes[i]
            if byte >= 0x80 {
                guard let length = validSequenceLength(bytes, at: i) else {
                    let (line, column) = position(of: i, in: bytes)
                    return .invalidUTF8(line: line, column: column)
                }
                i += length
                continue
            }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    if starts(bytes, at: i, "<!--") {
                        state = .skipping(Array("-->".utf8))
                    } else if starts(bytes, at: i, "<![CDATA[") {
                        state = .skipping(Array("]]>".utf8))
                    } else if starts(bytes, at: i, "<?") {
                        state = .skipping(Array("?>".utf8))
                    } else {
                        state = .tag
                        attributes = 0
                        tagStart = i
                    }
                }
            case .tag:
                switch byte {
                case UInt8(ascii: ">"): state = .text
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > maxAttributes {
                        let (line, column) = position(of: tagStart, in: bytes)
                        return .tooManyAttributes(line: line, column: column)
                    }
                default: break
                }
            case .quoted(let quote):
                if byte == quote { state = .tag }
            case .skipping(let terminator):
                if byte == terminator[terminator.count - 1], i + 1 >= terminator.count,
                   starts(bytes, at: i + 1 - terminator.count, terminator) {
                    state = .text
                }
            }
            i += 1
        }
        return nil
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: String) -> Bool {
        starts(bytes, at: i, Array(word.utf8))
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i >= 0, i + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[i + k] != word[k] { return false }
        return true
    }

    /// Length of the well-formed UTF-8 sequence starting with a non-ASCII byte at `i`
    /// (no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count else { return nil }
        guard (low...high).contains(bytes[i + 1]) else { return nil }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return nil }
        return length
    }

    /// 1-based line and column (in characters) of byte offset `offset`.
    private static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        for k in 0..<offset {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
