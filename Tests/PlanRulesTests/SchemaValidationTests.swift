import Foundation
import PlanlintTestSupport
import Testing

/// Every shipped rule file and example configuration validates against its JSON Schema
/// (Python's jsonschema; skipped, and reported as skipped, when python3 or the package is missing).
@Suite("JSON Schemas")
struct SchemaValidationTests {
    static let validator = """
    import json, sys, yaml, jsonschema
    schema = json.load(open(sys.argv[1]))
    errors = 0
    for path in sys.argv[2:]:
        data = yaml.safe_load(open(path, encoding='utf-8'))
        for e in jsonschema.Draft202012Validator(schema).iter_errors(data):
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
            errors += 1
    print(f"validated {len(sys.argv) - 2} files, {errors} errors")
    sys.exit(1 if errors else 0)
    """

    static func python(_ args: [String]) throws -> (Int32, String) {
        try #require(Python.run(validator, args), "python3 with jsonschema did not run")
    }

    static func yamlFiles(in folder: String) -> [String] {
        let base = RepositoryPaths.file(folder)
        let e = FileManager.default.enumerator(atPath: base)
        var out: [String] = []
        while let f = e?.nextObject() as? String {
            if f.hasSuffix(".yaml") { out.append(base + "/" + f) }
        }
        return out.sorted()
    }

    @Test(.enabled(if: Resources.hasPythonJSONSchema, Comment(rawValue: Resources.pythonJSONSchemaMissing)))
    func shippedRulePacksValidate() throws {
        let files = Self.yamlFiles(in: "rules/core")
        #expect(!files.isEmpty)
        let (status, output) = try Self.python([RepositoryPaths.file("schemas/rule-pack.schema.json")] + files)
        #expect(status == 0, "\(output)")
    }

    @Test(.enabled(if: Resources.hasPythonJSONSchema, Comment(rawValue: Resources.pythonJSONSchemaMissing)))
    func exampleConfigurationsValidate() throws {
        var files = [RepositoryPaths.file("samples/.planlint.yaml")]
        let repo = RepositoryPaths.file("CI/example-repo/.planlint.yaml")
        if FileManager.default.fileExists(atPath: repo) { files.append(repo) }
        let (status, output) = try Self.python([RepositoryPaths.file("schemas/planlint-config.schema.json")] + files)
        #expect(status == 0, "\(output)")
    }

    @Test(.enabled(if: Resources.hasPythonJSONSchema, Comment(rawValue: Resources.pythonJSONSchemaMissing)))
    func theSchemaRejectsABrokenRule() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml").path
        try "pack: x\nrules:\n  - id: a.b\n    severity: fatal\n".write(toFile: tmp, atomically: true, encoding: .utf8)
        let (status, _) = try Self.python([RepositoryPaths.file("schemas/rule-pack.schema.json"), tmp])
        #expect(status != 0)
    }
}
