import Foundation

/// Paths left out of a folder walk: the lines of `.planlintignore` files (the
/// `.gitignore` syntax: `#` comments, `!` to re-include, a trailing `/` for folders only,
/// a pattern without `/` matches at any depth) and the `exclude:` globs of `.planlint.yaml`
/// (the same syntax, relative to the configuration's folder).
public struct IgnoreRules: Sendable {
    struct Rule: Sendable {
        var base: String
        var glob: Glob
        var negated: Bool
        var directoriesOnly: Bool
    }

    var rules: [Rule] = []

    public init() {}

    /// Adds patterns relative to the absolute folder `base`.
    public mutating func add(patterns: [String], base: String) {
        for raw in patterns {
            var p = raw.trimmingCharacters(in: .whitespaces)
            guard !p.isEmpty, !p.hasPrefix("#") else { continue }
            let negated = p.hasPrefix("!")
            if negated { p.removeFirst() }
            let directoriesOnly = p.hasSuffix("/")
            while p.hasSuffix("/") { p.removeLast() }
            // Anchored when a slash is left inside ("docs/old", "/drafts"); else any depth.
            let anchored = p.contains("/")
            while p.hasPrefix("/") { p.removeFirst() }
            if p.hasPrefix("./") { p.removeFirst(2) }
            guard !p.isEmpty else { continue }
            rules.append(Rule(base: base, glob: Glob(anchored ? p : "**/" + p), negated: negated, directoriesOnly: directoriesOnly))
        }
    }

    /// Adds the lines of an ignore file, relative to its folder.
    public mutating func add(ignoreFile path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let text = String(decoding: data, as: UTF8.self)
        add(patterns: text.components(separatedBy: .newlines), base: (path as NSString).deletingLastPathComponent)
    }

    /// Whether the absolute `path` is left out; the last matching line decides, as in git.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        for rule in rules where !rule.directoriesOnly || isDirectory {
            let prefix = rule.base.hasSuffix("/") ? rule.base : rule.base + "/"
            guard path.hasPrefix(prefix) else { continue }
            if rule.glob.matches(String(path.dropFirst(prefix.count))) { ignored = !rule.negated }
        }
        return ignored
    }
}
