/// A JSON value with the line and column it starts at, so baseline errors can point
/// into the file (Foundation's decoders report no positions on Linux).
indirect enum PositionedJSON: Sendable {
    case object([(key: String, value: PositionedJSON)], Place)
    case array([PositionedJSON], Place)
    case string(String, Place)
    case number(Double, Place)
    case bool(Bool, Place)
    case null(Place)

    struct Place: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    struct SyntaxError: Error {
        var place: Place
        var message: String
        var messageEn: String
    }

    var place: Place {
        switch self {
        case .object(_, let p), .array(_, let p), .string(_, let p), .number(_, let p), .bool(_, let p), .null(let p): p
        }
    }

    /// What the value is, for "expected X, found Y" messages.
    var kindName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> PositionedJSON {
        var parser = Parser(bytes: bytes)
        parser.skipBOM()
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("có nội dung thừa sau giá trị JSON", "unexpected content after the JSON value") }
        return value
    }

    /// Recursive descent over UTF-8 bytes (RFC 8259), tracking line and column.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1
        var depth = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var place: Place { Place(line: line, column: column) }

        func error(_ vi: String, _ en: String) -> SyntaxError { SyntaxError(place: place, message: vi, messageEn: en) }

        mutating func skipBOM() {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }

        mutating func advance() {
            let b = bytes[index]
            index += 1
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
        }

        mutating func expect(_ byte: UInt8, _ vi: String, _ en: String) throws(SyntaxError) {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == byte else { throw error(vi, en) }
            advance()
        }

        mutating func value() throws(SyntaxError) -> PositionedJSON {
            skipWhitespace()
            guard index < bytes.count else { throw error("tệp kết thúc giữa chừng", "unexpected end of file") }
            let start = place
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(start)
            case UInt8(ascii: "["): return try array(start)
            case UInt8(ascii: "\""): return .string(try string(), start)
            case UInt8(ascii: "t"): try literal("true"); return .bool(true, start)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false, start)
            case UInt8(ascii: "n"): try literal("null"); return .null(start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number(), start)
            default:
                throw error("ký tự không hợp lệ ở đây; cần một giá trị JSON", "invalid character; expected a JSON value")
            }
        }

        mutating func object(_ start: Place) throws(SyntaxError) -> PositionedJSON {
            depth += 1
            defer { depth -= 1 }
            if depth > 64 { throw error("lồng nhau quá sâu", "nested too deeply") }
            advance()  // {
            var members: [(key: String, value: PositionedJSON)] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { advance(); return .object(members, start) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw error("cần tên khoá trong dấu nháy kép", "expected a quoted key")
                }
                let key = try string()
                try expect(UInt8(ascii: ":"), "thiếu dấu \":\" sau tên khoá", "expected \":\" after the key")
                members.append((key, try value()))
                skipWhitespace()
                guard index < bytes.count else { throw error("tệp kết thúc giữa chừng; thiếu \"}\"", "unexpected end of file; missing \"}\"") }
                if bytes[index] == UInt8(ascii: ",") { advance(); continue }
                if bytes[index] == UInt8(ascii: "}") { advance(); return .object(members, start) }
                throw error("cần \",\" hoặc \"}\"", "expected \",\" or \"}\"")
            }
        }

        mutating func array(_ start: Place) throws(SyntaxError) -> PositionedJSON {
            depth += 1
            defer { depth -= 1 }
            if depth > 64 { throw error("lồng nhau quá sâu", "nested too deeply") }
            advance()  // [
            var items: [PositionedJSON] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { advance(); return .array(items, start) }
            while true {
                items.append(try value())
                skipWhitespace()
                guard index < bytes.count else { throw error("tệp kết thúc giữa chừng; thiếu \"]\"", "unexpected end of file; missing \"]\"") }
                if bytes[index] == UInt8(ascii: ",") { advance(); continue }
                if bytes[index] == UInt8(ascii: "]") { advance(); return .array(items, start) }
                throw error("cần \",\" hoặc \"]\"", "expected \",\" or \"]\"")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for b in word.utf8 {
                guard index < bytes.count, bytes[index] == b else {
                    throw error("ký tự không hợp lệ ở đây; cần một giá trị JSON", "invalid character; expected a JSON value")
                }
                advance()
            }
        }

        mutating func number() throws(SyntaxError) -> Double {
            let begin = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { advance() }
            guard let n = Double(String(decoding: bytes[begin..<index], as: UTF8.self)) else {
                throw error("số không hợp lệ", "invalid number")
            }
            return n
        }

        mutating func string() throws(SyntaxError) -> String {
            advance()  // opening quote
            var out: [UInt8] = []
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") { advance(); return String(decoding: out, as: UTF8.self) }
                if b < 0x20 { throw error("chuỗi chưa đóng dấu nháy trên cùng dòng", "unterminated string (control character or line break)") }
                if b != UInt8(ascii: "\\") { out.append(b); advance(); continue }
                advance()
                guard index < bytes.count else { break }
                let e = bytes[index]
                advance()
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        advance(); advance()
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("mã \\u không hợp lệ", "invalid \\u escape") }
                    out += Array(String(Character(u)).utf8)
                default:
                    throw error("dãy thoát \"\\\" không hợp lệ", "invalid escape sequence")
                }
            }
            throw error("tệp kết thúc giữa chuỗi", "unexpected end of file inside a string")
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard index < bytes.count, let d = hexDigit(bytes[index]) else { throw error("mã \\u không hợp lệ", "invalid \\u escape") }
                v = v * 16 + d
                advance()
            }
            return v
        }

        func hexDigit(_ b: UInt8) -> UInt32? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
    }
}
