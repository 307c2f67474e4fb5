/// Lexical path arithmetic for baseline entries: plans are recorded relative to the
/// baseline file's folder, so the same baseline works from any working directory and
/// on any checkout. Symbolic links are not resolved (no file-system access).
enum BaselinePath {
    /// `path` made absolute against `base` (itself absolute), with "." and ".." removed.
    static func absolute(_ path: String, base: String) -> String {
        standardised(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// Removes ".", "..", and repeated separators from an absolute path.
    static func standardised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` (absolute) relative to the folder `root` (absolute), using ".." when it lies outside.
    static func relative(_ path: String, to root: String) -> String {
        let target = standardised(path).split(separator: "/")
        let from = standardised(root).split(separator: "/")
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let ups = Array(repeating: Substring(".."), count: from.count - common)
        let rest = ups + target[common...]
        return rest.isEmpty ? "." : rest.joined(separator: "/")
    }

    /// The folder holding `file` (absolute).
    static func folder(of file: String) -> String {
        let abs = standardised(file)
        guard let slash = abs.lastIndex(of: "/"), slash != abs.startIndex else { return "/" }
        return String(abs[..<slash])
    }
}
