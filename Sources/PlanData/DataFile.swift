import BuiltinContent
import Foundation
import PlanModel

/// Reads planlint's data files (YAML, or JSON for the baseline) with positions, and decodes
/// them strictly. Each file is read once per content: rules naming the same catalogue share it.
public enum DataFile {
    /// The file's node tree. `what` names the file in messages ("the rule file").
    public static func read(_ path: String, json: Bool = false) throws(RuleFileIssue) -> YAMLValue {
        try YAMLDocument.parse(try text(path), file: path, json: json)
    }

    /// Problems reading the file itself (absent, a folder, not UTF-8) are at 1:1 and carry
    /// this flag, so callers that print a bare path for them can tell.
    public static func isUnreadable(_ issue: RuleFileIssue) -> Bool { unreadableMessages.contains(issue.messageEn) }

    static let unreadableMessages: Set<String> = ["no such file", "this is a folder, not a file", "not a regular file",
                                                  "cannot read the file", "the file is not UTF-8"]

    /// The file's text: a readable regular UTF-8 file.
    public static func text(_ path: String) throws(RuleFileIssue) -> String {
        // The shipped rules/ compiled into the binary ("builtin:rules/core/tasks.yaml").
        if ContentSource.isBuiltin(path) {
            guard var text = ContentSource.text(atPath: path) else {
                throw RuleFileIssue(file: path, line: 1, column: 1, message: "không có tệp này", messageEn: "no such file")
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return text
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "không có tệp này", messageEn: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "đây là một thư mục, không phải tệp", messageEn: "this is a folder, not a file")
        }
        let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
        guard type == nil || type == .typeRegular || type == .typeSymbolicLink else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "không phải tệp thông thường", messageEn: "not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "không đọc được tệp", messageEn: "cannot read the file")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "tệp không phải UTF-8", messageEn: "the file is not UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The file decoded strictly as `T`, cached per path and modification.
    public static func load<T: Decodable & Sendable>(_ type: T.Type, from path: String, json: Bool = false) throws(RuleFileIssue) -> T {
        let key = DataFileCache.Key(path: path, type: ObjectIdentifier(T.self))
        if let cached = DataFileCache.shared.value(key) as? T { return cached }
        let value = try StrictDecoder.decode(T.self, from: try read(path, json: json), json: json)
        DataFileCache.shared.store(value, key)
        return value
    }
}
