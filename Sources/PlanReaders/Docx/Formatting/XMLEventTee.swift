/// Hands every event of one part to two handlers: `first` sees each event before
/// `second`, so the formatting collector has finished a paragraph when the body parser
/// numbers it.
final class XMLEventTee: XMLEventHandler {
    private let first: XMLEventHandler
    private let second: XMLEventHandler

    init(_ first: XMLEventHandler, _ second: XMLEventHandler) {
        self.first = first
        self.second = second
    }

    func start(_ name: XMLName, attributes: XMLAttributes) throws(DocxContentError) {
        try first.start(name, attributes: attributes)
        try second.start(name, attributes: attributes)
    }

    func end(_ name: XMLName) throws(DocxContentError) {
        try first.end(name)
        try second.end(name)
    }

    func text(_ text: String) throws(DocxContentError) {
        try first.text(text)
        try second.text(text)
    }
}
