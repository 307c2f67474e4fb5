import Foundation

/// A parsed multipart/form-data body (RFC 7578): text fields and at most a few files.
struct MultipartForm: Sendable {
    struct FilePart: Sendable {
        /// The name the browser sent; shown to people, never used as a path.
        var fileName: String
        var bytes: [UInt8]
    }

    var fields: [String: String] = [:]
    var files: [String: FilePart] = [:]

    enum ParseError: Error { case noBoundary, malformed }

    /// `contentType` is the request's Content-Type header.
    init(body: [UInt8], contentType: String) throws {
        guard let boundary = Self.boundary(contentType) else { throw ParseError.noBoundary }
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var i = 0
        while let p = Self.find(delimiter, in: body, from: i) {
            positions.append(p)
            i = p + delimiter.count
        }
        guard positions.count >= 2 else { throw ParseError.malformed }
        for (a, b) in zip(positions, positions.dropFirst()) {
            var start = a + delimiter.count
            // Skip CRLF after the delimiter; the part ends with CRLF before the next one.
            if start + 1 < body.count, body[start] == 0x0D, body[start + 1] == 0x0A { start += 2 }
            var end = b
            if end >= 2, body[end - 2] == 0x0D, body[end - 1] == 0x0A { end -= 2 }
            guard start <= end, let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: start), headerEnd <= end else { continue }
            let headers = String(decoding: body[start..<headerEnd], as: UTF8.self)
            let content = Array(body[(headerEnd + 4)..<end])
            var name: String?
            var fileName: String?
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: line)
                fileName = Self.parameter("filename", in: line)
            }
            guard let name else { continue }
            if let fileName {
                files[name] = FilePart(fileName: fileName, bytes: content)
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for piece in contentType.split(separator: ";") {
            let t = piece.trimmingCharacters(in: .whitespaces)
            if t.lowercased().hasPrefix("boundary=") {
                var v = String(t.dropFirst("boundary=".count))
                if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }

    static func parameter(_ key: String, in line: String) -> String? {
        // `name="x"`; quoted strings may hold escaped quotes; browsers percent-encode or send raw UTF-8.
        let scalars = Array(line)
        var i = 0
        while i < scalars.count {
            let rest = String(scalars[i...])
            if (i == 0 || scalars[i - 1] == " " || scalars[i - 1] == ";"), rest.hasPrefix(key + "=\"") {
                var j = i + key.count + 2
                var value = ""
                while j < scalars.count, scalars[j] != "\"" {
                    if scalars[j] == "\\", j + 1 < scalars.count { j += 1 }
                    value.append(scalars[j])
                    j += 1
                }
                return value
            }
            i += 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
