import Foundation
import Testing

/// Paths and helpers shared by the reporter tests.
enum TestSupport {
    /// This test folder, with symlinks resolved (harnesses link it into other packages).
    static func testsDirectory(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The repository root: three levels up from Tests/ReportersTests/File.swift.
    static var repositoryRoot: URL {
        testsDirectory().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var goldensDirectory: URL { testsDirectory().appendingPathComponent("Goldens") }

    /// `../shared/schemas/sarif-schema-2.1.0.json` from the repository root.
    static var sarifSchema: URL {
        repositoryRoot.appendingPathComponent("../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL
    }

    static var checkOutputSchema: URL {
        repositoryRoot.appendingPathComponent("schemas/check-output.schema.json")
    }

    /// Runs `python3` with arguments; nil when it cannot be started.
    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether `python3` with the `jsonschema` package is installed.
    static let hasJSONSchema: Bool = python(["-c", "import jsonschema"])?.status == 0

    /// Validates `json` against the schema file; returns the validator's complaints.
    static func validate(_ json: String, schema: URL) throws -> (valid: Bool, output: String) {
        let instance = FileManager.default.temporaryDirectory
            .appendingPathComponent("planlint-reporters-\(UUID().uuidString).json")
        try json.write(to: instance, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: instance) }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.path))
        for e in errors:
            print("/".join(str(p) for p in e.path), ":", e.message)
        sys.exit(1 if errors else 0)
        """
        guard let result = python(["-c", script, schema.path, instance.path]) else {
            return (false, "python3 could not be started")
        }
        return (result.status == 0, result.output)
    }

    /// Compares `actual` with a golden file, or rewrites it when RECORD_GOLDENS=1.
    static func assertGolden(_ actual: String, named name: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldensDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: goldensDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Missing golden \(name); run with RECORD_GOLDENS=1 to record it.",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let firstDifference = zip(expectedLines, actualLines).enumerated()
                .first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            let expectedLine = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "<end>"
            let actualLine = firstDifference < actualLines.count ? actualLines[firstDifference] : "<end>"
            Issue.record("""
                \(name) differs from its golden at line \(firstDifference + 1):
                expected: \(expectedLine)
                actual:   \(actualLine)
                (RECORD_GOLDENS=1 re-records goldens)
                """, sourceLocation: sourceLocation)
        }
    }
}
