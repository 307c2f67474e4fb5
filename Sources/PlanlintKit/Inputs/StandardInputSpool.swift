import Foundation
import PlanModel

/// Standard input for readers that read files: the bytes of `-` are written to a private
/// temporary file with the `--stdin-filename`'s name (its extension chooses the reader), and
/// the report is told the user's name back. Until the readers take bytes, this keeps `-`
/// working with every format, Word and PDF included.
public struct StandardInputSpool {
    /// Temporary path → the name the user gave.
    public private(set) var names: [String: String] = [:]
    var folders: [URL] = []

    public init() {}

    /// The path to read for `input`: itself for a file, a temporary copy for stdin.
    public mutating func path(for input: ExpandedInput) throws -> String {
        guard let data = input.standardInput else { return input.path }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        let name = (input.path as NSString).lastPathComponent
        let file = folder.appendingPathComponent(name.isEmpty || name == "<stdin>" ? "stdin.txt" : name)
        try data.write(to: file)
        names[file.path] = input.path
        return file.path
    }

    /// `report` with the temporary paths replaced by the user's names.
    public func restoringNames(_ report: LintReport) -> LintReport {
        guard !names.isEmpty else { return report }
        var out = report
        for i in out.files.indices {
            if let n = names[out.files[i].file.path] { out.files[i].file.path = n }
            for j in out.files[i].findings.indices {
                if let n = names[out.files[i].findings[j].file] { out.files[i].findings[j].file = n }
                if let f = out.files[i].findings[j].span?.file, let n = names[f] { out.files[i].findings[j].span?.file = n }
            }
        }
        return out
    }

    /// A message line with the temporary paths replaced by the user's names.
    public func restoringNames(_ line: String) -> String {
        names.reduce(line) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }

    /// Removes the temporary copies.
    public func removeFiles() {
        for f in folders { try? FileManager.default.removeItem(at: f) }
    }
}
