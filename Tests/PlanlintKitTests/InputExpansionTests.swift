import Foundation
import PlanlintKit
import PlanlintTestSupport
import Testing

/// Folders, globs, `.planlintignore`, `exclude:` and stdin, as `planlint check` receives them.
@Suite("Input expansion")
struct InputExpansionTests {
    /// A small tree of plans and non-plans under a fresh folder; returns its path.
    static func tree(config: String? = nil, ignore: String? = nil) throws -> String {
        let root = try CLIProcess.temporaryFolder("inputs")
        let files = ["a.txt", "b.md", "c.docx", "d.pdf", "README.md", "notes.csv", "~$lock.docx",
                     "sub/e.txt", "sub/deep/f.markdown", "drafts/g.txt", ".git/h.txt", "old/i.txt"]
        for f in files {
            let url = URL(fileURLWithPath: root + "/" + f)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        if let config { try config.write(toFile: root + "/.planlint.yaml", atomically: true, encoding: .utf8) }
        if let ignore { try ignore.write(toFile: root + "/.planlintignore", atomically: true, encoding: .utf8) }
        return root
    }

    static func relative(_ inputs: [ExpandedInput], to root: String) -> [String] {
        inputs.map { $0.path.hasPrefix(root + "/") ? String($0.path.dropFirst(root.count + 1)) : $0.path }
    }

    @Test func folderIsSearchedRecursivelyForPlanFiles() throws {
        let root = try Self.tree()
        let found = Self.relative(try InputExpansion.expand([root]), to: root)
        #expect(found == ["a.txt", "b.md", "c.docx", "d.pdf", "drafts/g.txt", "old/i.txt", "sub/deep/f.markdown", "sub/e.txt"])
    }

    @Test(arguments: [
        ("*.txt", ["a.txt"]),
        ("**/*.txt", ["a.txt", "drafts/g.txt", "old/i.txt", "sub/e.txt"]),
        ("sub/**", ["sub/deep/f.markdown", "sub/e.txt"]),
        ("s*", ["sub/deep/f.markdown", "sub/e.txt"]),
        ("[ab].*", ["a.txt", "b.md"]),
    ])
    func globsAreExpanded(_ pattern: String, _ expected: [String]) throws {
        let root = try Self.tree()
        #expect(Self.relative(try InputExpansion.expand([root + "/" + pattern]), to: root) == expected)
    }

    @Test func ignoreFileAndConfigExcludeLeaveFilesOut() throws {
        let root = try Self.tree(config: "version: 1\nexclude: [\"drafts/\", \"**/*.pdf\"]\n",
                                 ignore: "# not plans\nold/\n*.markdown\n!keep.markdown\n")
        let found = Self.relative(try InputExpansion.expand([root]), to: root)
        #expect(found == ["a.txt", "b.md", "c.docx", "sub/e.txt"])
        // A file named explicitly is checked even when excluded.
        #expect(Self.relative(try InputExpansion.expand([root + "/old/i.txt"]), to: root) == ["old/i.txt"])
    }

    @Test func filesAreListedOnceInArgumentOrder() throws {
        let root = try Self.tree()
        let found = Self.relative(try InputExpansion.expand([root + "/sub/e.txt", root + "/sub", root + "/a.txt"]), to: root)
        #expect(found == ["sub/e.txt", "sub/deep/f.markdown", "a.txt"])
    }

    @Test func missingFileIsPassedOnForTheReaderToReport() throws {
        #expect(try InputExpansion.expand(["no/such/plan.txt"]).map(\.path) == ["no/such/plan.txt"])
    }

    @Test(arguments: ["*.xyz", "sub/*.pdf"])
    func globWithoutMatchIsAnError(_ pattern: String) throws {
        let root = try Self.tree()
        #expect(throws: InputExpansionError.self) { try InputExpansion.expand([root + "/" + pattern]) }
    }

    @Test func emptyFolderIsAnError() throws {
        let root = try CLIProcess.temporaryFolder("empty")
        let error = #expect(throws: InputExpansionError.self) { try InputExpansion.expand([root]) }
        #expect(error?.line(english: false).hasPrefix(root + ": thư mục không có tệp kế hoạch") == true)
    }

    @Test func standardInputTakesTheGivenName() throws {
        var options = InputExpansion.Options(stdinFilename: "ke-hoach/plan.txt")
        options.readStandardInput = { Data("nội dung".utf8) }
        let inputs = try InputExpansion.expand(["-"], options: options)
        #expect(inputs == [ExpandedInput(path: "ke-hoach/plan.txt", standardInput: Data("nội dung".utf8))])
        #expect(throws: InputExpansionError.self) { try InputExpansion.expand(["-", "-"], options: options) }
    }

    @Test("planlint check accepts a folder, a quoted glob and stdin", .enabled(if: CLIProcess.built, "needs swift build"))
    func checkCommandTakesEveryKindOfInput() throws {
        let sample = RepositoryPaths.file("samples/defects-vanphong-2023.txt")
        let root = RepositoryPaths.root.path
        let folder = try CLIProcess.run(["check", "samples/", "--format", "json"], in: root)
        let glob = try CLIProcess.run(["check", "samples/*.txt", "--format", "json"], in: root)
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let stdin = try CLIProcess.run(["check", "-", "--stdin-filename", "plan.txt"], in: root, stdin: text)
        for outcome in [folder, glob] {
            #expect(outcome.status == 1)
            let files = Set(((try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])?["findings"]
                             as? [[String: Any]] ?? []).compactMap { $0["file"] as? String })
            #expect(files.contains("samples/defects-vanphong-2023.txt"))
            #expect(!files.contains("samples/README.md"))
        }
        #expect(stdin.status == 1)
        #expect(stdin.stdout.hasPrefix("plan.txt:5:8: lỗi header.symbol.type-code"))
        #expect(stdin.stdout.contains("6 lỗi, 5 cảnh báo"))
    }
}
