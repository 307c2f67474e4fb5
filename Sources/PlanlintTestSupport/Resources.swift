import Foundation

/// Whether the optional resources some tests need are present, for `.enabled(if:)`:
/// a test that cannot run says so and is reported as skipped, never passes silently.
public enum Resources {
    /// `../shared/corpus` is present.
    public static let hasCorpus = RepositoryPaths.corpus != nil
    public static let corpusMissing = "the reference corpus ../shared/corpus is absent"

    /// Every named corpus file is present.
    public static func hasCorpusFiles(_ names: String...) -> Bool { names.allSatisfy { RepositoryPaths.corpusFile($0) != nil } }

    /// python3 with the `jsonschema` and `yaml` modules.
    public static let hasPythonJSONSchema: Bool = Python.run("import jsonschema, yaml", []) != nil
    public static let pythonJSONSchemaMissing = "python3 with the jsonschema and yaml modules is not installed"

    /// python3 itself (for the XML checks, standard library only).
    public static let hasPython: Bool = Python.run("import xml.dom.minidom, json", []) != nil
    public static let pythonMissing = "python3 is not installed"

    /// GNU time at /usr/bin/time (memory measurement of the CLI).
    public static let hasGNUTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
}
