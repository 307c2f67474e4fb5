import Foundation

/// Where rule packs, master packs, unit registries and the legal catalogue are read from:
/// the disk, or the copies of `rules/` compiled into the binary, named
/// `builtin:rules/core/tasks.yaml`. Loaders call `text(atPath:)` instead of reading the disk,
/// so that a copied binary needs no `rules/` folder beside it and messages still say
/// `builtin:rules/core/tasks.yaml:12:5`.
public enum ContentSource {
    /// The prefix of an embedded file's path.
    public static let builtinPrefix = "builtin:"

    /// The contents of a file on disk or embedded; nil when neither exists.
    public static func contents(atPath path: String) -> Data? {
        if let key = builtinKey(path) { return BuiltinFiles.all[key].map { Data($0.utf8) } }
        return FileManager.default.contents(atPath: path)
    }

    /// The UTF-8 text of a file on disk or embedded; nil when it is absent or not UTF-8.
    public static func text(atPath path: String) -> String? {
        if let key = builtinKey(path) { return BuiltinFiles.all[key] }
        return FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Whether `path` names an embedded file.
    public static func isBuiltin(_ path: String) -> Bool { builtinKey(path) != nil }

    /// Every embedded file whose path (without the prefix) starts with `folder`, sorted, as
    /// `builtin:` paths: `builtinFiles(under: "rules/core")`.
    public static func builtinFiles(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return BuiltinFiles.all.keys.filter { $0.hasPrefix(base) }.sorted().map { builtinPrefix + $0 }
    }

    /// The embedded path `rules/…` for a `builtin:` path, with `.` and `..` resolved.
    /// Callers do path arithmetic with `URL(fileURLWithPath:)`, which puts the working
    /// directory in front of a relative path, so the prefix is looked for anywhere in it.
    static func builtinKey(_ path: String) -> String? {
        guard let range = path.range(of: builtinPrefix, options: .backwards) else { return nil }
        var parts: [Substring] = []
        for part in path[range.upperBound...].split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        let key = parts.joined(separator: "/")
        return BuiltinFiles.all[key] == nil ? nil : key
    }
}
