import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanModel

/// An element name with its namespace resolved, so "w:p" and "ns0:p" compare equal.
struct XMLName: Hashable {
    var namespace: String
    var local: String
}

/// Receives the events of one XML part, in document order.
///
/// A handler may refuse what it reads by throwing; parsing stops at that element.
protocol XMLEventHandler: AnyObject {
    func start(_ name: XMLName, attributes: XMLAttributes) throws(DocxContentError)
    func end(_ name: XMLName) throws(DocxContentError)
    func text(_ text: String) throws(DocxContentError)
}

/// Attributes of one element, looked up by local name ("w:val" → "val").
struct XMLAttributes {
    private let raw: [String: String]

    init(_ raw: [String: String]) { self.raw = raw }

    subscript(local: String) -> String? {
        if raw.isEmpty { return nil }
        for (key, value) in raw {
            if key == local { return value }
            if let colon = key.lastIndex(of: ":"), key[key.index(after: colon)...] == local { return value }
        }
        return nil
    }
}

/// Parses an XML part of a `.docx` with the defences a hostile file calls for.
///
/// A document type declaration is refused outright, before parsing, because it is the
/// only way to declare entities (external ones read local files; nested internal ones
/// expand exponentially) and no Office part ever needs one. External entity resolution
/// is also switched off in the parser, and nesting deeper than `DocxLimits.maxXMLDepth`
/// stops parsing at once. The bytes are checked by `XMLPreflight` first (valid UTF-8,
/// a bounded number of attributes per tag), because those faults hurt the parser itself.
///
/// A part that ends before its root element is closed (a truncated archive entry) is
/// refused: FoundationXML reports success for it and the plan would silently lose the
/// rest of its text.
enum SafeXMLParser {
    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits,
                      handler: XMLEventHandler) throws(PlanReadError) {
        if containsDeclaration(data) { throw .docxXMLDeclaration(file, part: part) }
        let checked: Data
        switch XMLPreflight.prepare(data, maxAttributes: limits.maxXMLAttributes) {
        case .success(let bytes): checked = bytes
        case .failure(.invalidUTF8(let line, let column)):
            throw .docxXMLInvalidUTF8(file, part: part, line: line, column: column)
        case .failure(.invalidUTF16): throw .docxXMLInvalidUTF8(file, part: part, line: 1, column: 1)
        case .failure(.tooManyAttributes(let line, let column)):
            throw .docxXMLTooManyAttributes(file, part: part, line: line, column: column, limit: limits.maxXMLAttributes)
        }
        let maxDepth = limits.maxXMLDepth
        let delegate = Delegate(handler: handler, maxDepth: maxDepth)
        let parser = XMLParser(data: checked)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        switch delegate.failure {
        case .tooDeep?: throw .docxXMLTooDeep(file, part: part, limit: maxDepth)
        case .declaration?: throw .docxXMLDeclaration(file, part: part)
        case .refused(let error, let line, let column)?:
            throw PlanReadError(file: file, location: "\(part):\(line):\(column)",
                                message: "Tệp .docx: " + error.message, messageEn: "The .docx: " + error.messageEn)
        case nil:
            if !ok {
                throw .docxXMLMalformed(file, part: part, line: parser.lineNumber, column: parser.columnNumber)
            }
            if !delegate.sawRoot || delegate.depth != 0 {
                throw .docxXMLTruncated(file, part: part, line: parser.lineNumber, column: parser.columnNumber)
            }
        }
    }

    /// Whether the bytes contain "<!DOCTYPE" or "<!ENTITY" (ASCII case ignored). NUL bytes
    /// are skipped while matching, so UTF-16 and UTF-32 encodings are caught as well.
    static func containsDeclaration(_ data: Data) -> Bool {
        let doctype = Array("DOCTYPE".utf8)
        let entity = Array("ENTITY".utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            var i = 0
            while i < n {
                guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
                var j = i + 1
                while j < n && bytes[j] == 0 { j += 1 }
                guard j < n, bytes[j] == UInt8(ascii: "!") else { i += 1; continue }
                j += 1
                if matches(bytes, from: j, doctype) || matches(bytes, from: j, entity) { return true }
                i += 1
            }
            return false
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ word: [UInt8]) -> Bool {
        var j = start
        for expected in word {
            while j < bytes.count && bytes[j] == 0 { j += 1 }
            guard j < bytes.count, bytes[j] & 0xDF == expected else { return false }
            j += 1
        }
        return true
    }

    private enum Failure {
        case tooDeep
        case declaration
        case refused(DocxContentError, line: Int, column: Int)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: XMLEventHandler
        let maxDepth: Int
        var depth = 0
        var sawRoot = false
        var failure: Failure?

        init(handler: XMLEventHandler, maxDepth: Int) {
            self.handler = handler
            self.maxDepth = maxDepth
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard failure == nil else { return }
            depth += 1
            sawRoot = true
            if depth > maxDepth {
                failure = .tooDeep
                parser.abortParsing()
                return
            }
            deliver(parser) { () throws(DocxContentError) in
                try handler.start(XMLName(namespace: namespaceURI ?? "", local: elementName),
                                  attributes: XMLAttributes(attributeDict))
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            guard failure == nil else { return }
            depth -= 1
            deliver(parser) { () throws(DocxContentError) in
                try handler.end(XMLName(namespace: namespaceURI ?? "", local: elementName))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            deliver(parser) { () throws(DocxContentError) in try handler.text(string) }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard failure == nil else { return }
            deliver(parser) { () throws(DocxContentError) in
                try handler.text(String(decoding: CDATABlock, as: UTF8.self))
            }
        }

        /// Runs one handler call; a refusal stops the parser and is kept with its position.
        private func deliver(_ parser: XMLParser, _ call: () throws(DocxContentError) -> Void) {
            do {
                try call()
            } catch {
                failure = .refused(error, line: parser.lineNumber, column: parser.columnNumber)
                parser.abortParsing()
            }
        }

        // Belt and braces: the byte scan already refuses any declaration.
        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refuse(parser)
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
                    systemID: String?) {
            refuse(parser)
        }

        func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                    systemID: String?, notationName: String?) {
            refuse(parser)
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            refuse(parser)
            return nil
        }

        private func refuse(_ parser: XMLParser) {
            if failure == nil { failure = .declaration }
            parser.abortParsing()
        }
    }
}

extension PlanReadError {
    static func docxXMLDeclaration(_ file: String, part: String) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx chứa khai báo DOCTYPE/thực thể XML; từ chối đọc vì lý do an toàn.",
                      messageEn: "The .docx contains an XML DOCTYPE/entity declaration; refused for safety.")
    }

    static func docxXMLTooDeep(_ file: String, part: String, limit: Int) -> PlanReadError {
        PlanReadError(file: file, location: part,
                      message: "Tệp .docx có cấu trúc XML lồng nhau quá sâu (hơn \(limit) cấp); từ chối đọc.",
                      messageEn: "The .docx has XML nested too deeply (more than \(limit) levels); refused.")
    }

    static func docxXMLInvalidUTF8(_ file: String, part: String, line: Int, column: Int) -> PlanReadError {
        PlanReadError(file: file, location: "\(part):\(line):\(column)",
                      message: "Tệp .docx bị hỏng: phần XML chứa byte không phải UTF-8. Hãy mở bằng Word và lưu lại.",
                      messageEn: "The .docx is damaged: an XML part has bytes that are not UTF-8. Open it in Word and save it again.")
    }

    static func docxXMLTooManyAttributes(_ file: String, part: String, line: Int, column: Int, limit: Int) -> PlanReadError {
        PlanReadError(file: file, location: "\(part):\(line):\(column)",
                      message: "Tệp .docx có một phần tử XML với hơn \(limit) thuộc tính; từ chối đọc.",
                      messageEn: "The .docx has an XML element with more than \(limit) attributes; refused.")
    }

    static func docxXMLTruncated(_ file: String, part: String, line: Int, column: Int) -> PlanReadError {
        PlanReadError(file: file, location: "\(part):\(line):\(column)",
                      message: "Tệp .docx bị hỏng: phần \(part) bị cắt cụt (kết thúc trước khi đóng hết các phần tử). Hãy mở bằng Word và lưu lại.",
                      messageEn: "The .docx is damaged: \(part) is cut off (it ends before all its elements are closed). Open it in Word and save it again.")
    }

    static func docxXMLMalformed(_ file: String, part: String, line: Int, column: Int) -> PlanReadError {
        PlanReadError(file: file, location: "\(part):\(line):\(column)",
                      message: "Tệp .docx bị hỏng: nội dung XML không hợp lệ. Hãy mở bằng Word và lưu lại.",
                      messageEn: "The .docx is damaged: its XML is not well-formed. Open it in Word and save it again.")
    }
}
