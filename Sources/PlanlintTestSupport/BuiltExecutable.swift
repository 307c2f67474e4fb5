import Foundation

/// Finds the built `planlint` executable for CLI tests, whatever the build folder.
///
/// Looked for, in order: `PLANLINT_EXECUTABLE`; next to the running test binary and in the
/// folders above it (SwiftPM puts test bundles and executables in one products folder, be it
/// `.build/debug`, `.build/<triple>/debug` or a `--scratch-path` folder); then the
/// package's own `.build/debug` and `.build/release`.
public enum BuiltExecutable {
    public static let planlint: String? = find("planlint")

    /// Why CLI tests are skipped, for `.enabled(if:)` comments.
    public static let missingReason = "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"

    public static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        if let env = environment["PLANLINT_EXECUTABLE"], fm.isExecutableFile(atPath: env) { return env }
        for folder in candidateFolders() {
            let path = folder.appendingPathComponent(name).path
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func candidateFolders() -> [URL] {
        var out: [URL] = []
        // The test process (Linux: …/debug/planlintPackageTests.xctest; macOS: xctest inside
        // …/debug/planlintPackageTests.xctest/Contents/MacOS) and the bundles it loaded.
        var starts = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()]
        starts += Bundle.allBundles.map { $0.bundleURL }
        for start in starts {
            var url = start.deletingLastPathComponent()
            for _ in 0..<4 {
                out.append(url)
                url = url.deletingLastPathComponent()
            }
        }
        out.append(RepositoryPaths.root.appendingPathComponent(".build/debug"))
        out.append(RepositoryPaths.root.appendingPathComponent(".build/release"))
        return out
    }
}
