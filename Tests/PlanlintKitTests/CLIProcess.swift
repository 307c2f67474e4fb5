import Foundation
import PlanlintTestSupport

/// Runs the built `planlint` (or any program) and captures what a user would see.
enum CLIProcess {
    static let executable = RepositoryPaths.file(".build/debug/planlint")
    /// Whether the debug executable exists; CLI tests are skipped, visibly, when it does not.
    static var built: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built planlint with `arguments` in `directory`, feeding `stdin`.
    static func run(_ arguments: [String], in directory: String? = nil, stdin: String? = nil,
                    environment: [String: String]? = nil) throws -> Outcome {
        try runProgram(executable, arguments, in: directory, stdin: stdin, environment: environment)
    }

    /// Runs `program` with `arguments` in `directory`, feeding `stdin`.
    static func runProgram(_ program: String, _ arguments: [String], in directory: String? = nil,
                    stdin: String? = nil, environment: [String: String]? = nil) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder(_ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
