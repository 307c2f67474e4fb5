import Foundation
import Hummingbird

/// Response builders with the headers every page and download carries.
enum Responses {
    static func securityHeaders(_ h: inout HTTPFields) {
        h[.init("Content-Security-Policy")!] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        h[.init("X-Content-Type-Options")!] = "nosniff"
        h[.init("Referrer-Policy")!] = "no-referrer"
        h[.cacheControl] = "no-store"
    }

    static func html(_ body: String, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var h = HTTPFields()
        h[.contentType] = "text/html; charset=utf-8"
        securityHeaders(&h)
        if !cookies.isEmpty { h[values: .setCookie] = cookies }
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var h = HTTPFields()
        h[.location] = location
        securityHeaders(&h)
        if !cookies.isEmpty { h[values: .setCookie] = cookies }
        return Response(status: .seeOther, headers: h)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? e.encode(value)) ?? Data("{}".utf8)
        var h = HTTPFields()
        h[.contentType] = "application/json; charset=utf-8"
        securityHeaders(&h)
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct APIError: Encodable { var error: String }

    static func apiError(_ e: ClientError) -> Response { json(APIError(error: e.message), status: e.status) }

    static func download(_ bytes: [UInt8], type: String, fileName: String) -> Response {
        var h = HTTPFields()
        h[.contentType] = type
        securityHeaders(&h)
        h[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return Response(status: .ok, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `name=value; Path=/; HttpOnly; SameSite=Strict[; Secure][; Max-Age=n]`.
    static func cookie(_ name: String, _ value: String, secure: Bool, maxAge: Int?) -> String {
        var c = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if secure { c += "; Secure" }
        if let maxAge { c += "; Max-Age=\(maxAge)" }
        return c
    }
}
