import PlanModel
import Yams

/// Decodes any `Decodable` from a positioned YAML (or JSON) node tree, strictly: every
/// key of a mapping must be one the model asked for (else "unknown key … did you mean"),
/// scalars convert only to their own type (a quoted "1" is not a number), and every
/// problem — including a model's own `DecodingError` or `DataValueProblem` — carries
/// the file, line and column of the value it is about.
public enum StrictDecoder {
    /// - Parameter json: the tree came from JSON, where text must be quoted (`"ruleId": 7` is a number).
    public static func decode<T: Decodable>(_ type: T.Type, from value: YAMLValue, json: Bool = false) throws(RuleFileIssue) -> T {
        do {
            return try NodeDecoder(value, path: [], json: json).decodeValue(T.self)
        } catch let issue as RuleFileIssue {
            throw issue
        } catch {
            throw NodeDecoder(value, path: [], json: json).issue(for: error)
        }
    }
}

/// Position-carrying decoder for one node; remembers which keys its model consulted.
final class NodeDecoder: Decoder, SingleValueDecodingContainer {
    let value: YAMLValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// Keys the model asked about, in the order asked (the "allowed" list of messages).
    private(set) var consulted: [String] = []
    private var consultedSet: Set<String> = []
    private var keyed = false

    /// Text must be a quoted scalar (JSON).
    let json: Bool

    init(_ value: YAMLValue, path: [any CodingKey], json: Bool) {
        self.value = value
        self.codingPath = path
        self.json = json
    }

    func at(_ value: YAMLValue, _ key: any CodingKey) -> NodeDecoder { NodeDecoder(value, path: codingPath + [key], json: json) }

    func consult(_ key: String) {
        if consultedSet.insert(key).inserted { consulted.append(key) }
    }

    // MARK: Describing

    var pathText: String { Self.describe(codingPath) }

    static func describe(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == "\(i)" {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out
    }

    /// "'obligations[2].lead'", or "the file" at the root.
    var subject: (vi: String, en: String) {
        codingPath.isEmpty ? ("tệp", "the file") : ("'\(pathText)'", "'\(pathText)'")
    }

    static func kind(of node: Node) -> (vi: String, en: String) {
        switch node {
        case .mapping: return ("một ánh xạ (khoá: giá trị)", "a mapping (key: value)")
        case .sequence: return ("một danh sách", "a list")
        case .scalar(let s) where YAMLValue(node: node, file: "").isNull && s.style == .plain: return ("rỗng (null)", "empty (null)")
        default: return ("văn bản", "text")
        }
    }

    func wrongType(expected: (vi: String, en: String)) -> RuleFileIssue {
        let found = Self.kind(of: value.node)
        return RuleFileIssue(value.span, vi: "\(subject.vi) phải là \(expected.vi), không phải \(found.vi)",
                             en: "\(subject.en) must be \(expected.en), not \(found.en)")
    }

    // MARK: Decoding with checks

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let result: T
        do {
            result = try T(from: self)
        } catch let issue as RuleFileIssue {
            throw issue
        } catch {
            throw enumIssue(T.self, error) ?? issue(for: error)
        }
        try checkUnknownKeys()
        return result
    }

    /// The first key of this mapping the model never asked about.
    func checkUnknownKeys() throws(RuleFileIssue) {
        guard keyed, case .mapping(let mapping) = value.node else { return }
        for (k, _) in mapping {
            let key = YAMLValue(node: k, file: value.file)
            let name = key.string ?? ""
            if !consultedSet.contains(name) { throw .unknownKey(name, at: key.span, allowed: consulted) }
        }
    }

    /// A model's own error, placed at the value its coding path names.
    func issue(for error: any Error) -> RuleFileIssue {
        if let p = error as? DataValueProblem { return RuleFileIssue(value.span, vi: codingPath.isEmpty ? p.vi : "\(subject.vi): \(p.vi)",
                                                                       en: codingPath.isEmpty ? p.en : "\(subject.en): \(p.en)") }
        guard let decoding = error as? DecodingError else {
            return RuleFileIssue(value.span, vi: "\(subject.vi): \(error)", en: "\(subject.en): \(error)")
        }
        let context: DecodingError.Context
        switch decoding {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: return RuleFileIssue(value.span, "\(error)")
        }
        // Follow the part of the error's path below this node.
        var node = value
        for key in context.codingPath.dropFirst(codingPath.count) {
            if let next = NodeDecoder.child(of: node, key) { node = next } else { break }
        }
        let path = Self.describe(context.codingPath)
        let what: (vi: String, en: String) = path.isEmpty ? ("tệp", "the file") : ("'\(path)'", "'\(path)'")
        if let p = context.underlyingError as? DataValueProblem {
            return RuleFileIssue(node.span, vi: path.isEmpty ? p.vi : "\(what.vi): \(p.vi)",
                                 en: path.isEmpty ? p.en : "\(what.en): \(p.en)")
        }
        if case .keyNotFound(let key, _) = decoding {
            return RuleFileIssue(node.span, vi: "\(what.vi) thiếu khoá bắt buộc '\(key.stringValue)'",
                                 en: "\(what.en) is missing required key '\(key.stringValue)'")
        }
        return RuleFileIssue(node.span, vi: "\(what.vi): giá trị không hợp lệ — \(context.debugDescription)",
                             en: "\(what.en): \(context.debugDescription)")
    }

    static func child(of value: YAMLValue, _ key: any CodingKey) -> YAMLValue? {
        switch value.node {
        case .mapping(let m):
            return m.first { $0.key.scalar?.string == key.stringValue }.map { YAMLValue(node: $0.value, file: value.file) }
        case .sequence(let s):
            guard let i = key.intValue, s.indices.contains(i) else { return nil }
            return YAMLValue(node: s[i], file: value.file)
        default:
            return nil
        }
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = value.node else { throw wrongType(expected: ("một ánh xạ (khoá: giá trị)", "a mapping (key: value)")) }
        keyed = true
        var pairs: [String: YAMLValue] = [:]
        var order: [String] = []
        for (k, v) in mapping {
            let name = k.scalar?.string ?? ""
            if pairs[name] == nil { order.append(name) }
            pairs[name] = YAMLValue(node: v, file: value.file)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, pairs: pairs, order: order))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let s) = value.node else { throw wrongType(expected: ("một danh sách", "a list")) }
        return NodeUnkeyedContainer(decoder: self, items: s.map { YAMLValue(node: $0, file: value.file) })
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool { value.isNull }

    private func scalarText(_ expected: (vi: String, en: String)) throws -> String {
        guard case .scalar(let s) = value.node, !value.isNull, !json || s.style != .plain else { throw wrongType(expected: expected) }
        return s.string
    }

    /// Numbers and booleans must be plain scalars: in YAML and JSON a quoted one is text.
    private func plainText(_ expected: (vi: String, en: String)) throws -> String {
        guard case .scalar(let s) = value.node, s.style == .plain, !value.isNull else { throw wrongType(expected: expected) }
        return s.string
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let expected = ("một số nguyên", "a whole number")
        guard let n = I(try plainText(expected)) else { throw wrongType(expected: expected) }
        return n
    }

    private func real(_ text: String) throws -> Double {
        guard let d = Double(text), d.isFinite else { throw wrongType(expected: ("một số", "a number")) }
        return d
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try plainText(("true hoặc false", "true or false")) {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw wrongType(expected: ("true hoặc false", "true or false"))
        }
    }
    func decode(_ type: String.Type) throws -> String { try scalarText(("văn bản", "text")) }
    func decode(_ type: Double.Type) throws -> Double { try real(try plainText(("một số", "a number"))) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self) }

    /// Names the allowed values when a string enum rejects its raw value.
    func enumIssue<T>(_ type: T.Type, _ error: any Error) -> RuleFileIssue? {
        guard case DecodingError.dataCorrupted(let context) = error, context.codingPath.count == codingPath.count,
              let names = Self.caseNames(T.self), let raw = value.string else { return nil }
        var vi = "\(subject.vi): giá trị không hợp lệ '\(raw)'", en = "\(subject.en): unknown value '\(raw)'"
        if let s = Suggestion.closest(to: raw, in: names) {
            vi += " (có phải '\(s)'?)"
            en += " (did you mean '\(s)'?)"
        }
        return RuleFileIssue(value.span, vi: vi + "; được phép: \(names.joined(separator: ", "))",
                             en: en + "; allowed: \(names.joined(separator: ", "))")
    }

    static func caseNames<T>(_ type: T.Type) -> [String]? {
        guard let e = type as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return names(e)
    }

    private static func names<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String] {
        E.allCases.map { "\($0.rawValue)" }
    }

    /// Decodes a child node (used by the containers).
    func child<T: Decodable>(_ type: T.Type, _ value: YAMLValue, key: any CodingKey) throws -> T {
        try at(value, key).decodeValue(T.self)
    }
}

/// An index in a list, for coding paths ("obligations[3]").
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [String: YAMLValue]
    let order: [String]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { order.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        decoder.consult(key.stringValue)
        return pairs[key.stringValue] != nil
    }

    func node(_ key: Key) throws -> YAMLValue {
        decoder.consult(key.stringValue)
        guard let v = pairs[key.stringValue] else {
            // A required key is usually missing because it is misspelt: name the misspelling.
            if let typo = order.first(where: { !pairs.keys.contains(key.stringValue) && Suggestion.closest(to: $0, in: [key.stringValue]) != nil
                                                && !decoder.consulted.contains($0) }),
               case .mapping(let m) = decoder.value.node,
               let keyNode = m.first(where: { $0.key.scalar?.string == typo })?.key {
                throw RuleFileIssue.unknownKey(typo, at: YAMLValue(node: keyNode, file: decoder.value.file).span,
                                               allowed: decoder.consulted)
            }
            let s = decoder.subject
            throw RuleFileIssue(decoder.value.span, vi: "\(s.vi) thiếu khoá bắt buộc '\(key.stringValue)'",
                                en: "\(s.en) is missing required key '\(key.stringValue)'")
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { try node(key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.child(T.self, try node(key), key: key)
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.child(type, try node(key), key: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.child(type, try node(key), key: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.at(try node(key), key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.at(try node(key), key).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.at(try node(key), key) }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLValue]
    var currentIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> (YAMLValue, IndexKey) {
        guard !isAtEnd else {
            throw RuleFileIssue(decoder.value.span, vi: "\(decoder.subject.vi): danh sách ngắn hơn cần thiết",
                                en: "\(decoder.subject.en): the list is shorter than expected")
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], IndexKey(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (item, key) = try next()
        return try decoder.child(T.self, item, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (item, key) = try next()
        return try decoder.at(item, key).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (item, key) = try next()
        return try decoder.at(item, key).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder {
        let (item, key) = try next()
        return decoder.at(item, key)
    }
}
