import Foundation

/// Where the shipped rule packs are: `PLANLINT_RULES` if set, else the `rules/` folder
/// found upward from the executable (a checkout or an install prefix), else upward from
/// the working directory.
public enum BuiltinRules {
    public static var directory: String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["PLANLINT_RULES"], fm.fileExists(atPath: env) { return env }
        var starts: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        starts.append(exe.deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                for candidate in ["rules", "share/planlint/rules"] {
                    let path = dir.appendingPathComponent(candidate).path
                    if fm.fileExists(atPath: path + "/core") { return path }
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// The shipped rule packs (`rules/core` and other pack folders, not data folders).
    public static var packPaths: [String] {
        guard let dir = directory else { return [] }
        return [dir]
    }
}
