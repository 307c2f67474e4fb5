import ArgumentParser
import Foundation
import PlanlintKit

/// `planlint`: checks Vietnamese administrative-reform plans. A thin shell over PlanlintKit.
@main
struct PlanlintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planlint",
        abstract: "Kiểm tra kế hoạch cải cách hành chính (CCHC) — checks Vietnamese administrative-reform plans.",
        version: PlanlintVersion.current,
        subcommands: [Check.self, Extract.self, Coverage.self, Rules.self, Explain.self, TestRules.self, Serve.self]
    )

    /// Exit codes are 0 (clean), 1 (findings at or above the threshold), 2 (the run could
    /// not be done) — usage errors included, instead of ArgumentParser's 64, so that CI
    /// scripts need to know only three codes.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 { exit(withError: error) }
            if error is CleanExit { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
