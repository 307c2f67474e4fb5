import Foundation

/// Where tests find the repository's files and the shared reference corpus.
public enum RepositoryPaths {
    /// The package root, found from this file's location (Sources/PlanlintTestSupport/…).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func file(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// `../shared/corpus` beside the repository, or nil when it is absent (tests then skip).
    public static var corpus: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Path of a corpus file, or nil when the corpus is absent.
    public static func corpusFile(_ name: String) -> String? {
        guard let c = corpus else { return nil }
        let path = c.appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
