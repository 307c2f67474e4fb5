/// Turns the path a user gave into the one a report shows.
///
/// Purely lexical (no file system access), so rendering stays a pure function: a path
/// under the base directory loses that prefix; any other path is shown unchanged.
enum DisplayPath {
    /// The path relative to `base` when it lies under it, otherwise `path` itself.
    static func relative(_ path: String, to base: String?) -> String {
        guard let base, !base.isEmpty else { return path }
        var prefix = base
        while prefix.count > 1 && prefix.hasSuffix("/") { prefix.removeLast() }
        if prefix == "/" { return path.hasPrefix("/") ? String(path.dropFirst()) : path }
        prefix += "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return path }
        return String(path.dropFirst(prefix.count))
    }
}
