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
        subcommands: [Check.self, Extract.self, Coverage.self, Rules.self, Explain.self, TestRules.self, Init.self, Serve.self]
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
            let english = ParserMessages.englishRequested
            if error is CleanExit || code == .success {
                // --help and --version: the help frame in Vietnamese unless --lang en.
                let text = ParserMessages.localized(fullMessage(for: error), english: english)
                if !text.isEmpty { print(text) }
                Foundation.exit(0)
            }
            if code.rawValue == 1 || code.rawValue == 2 { exit(withError: error) }
            let message = ParserMessages.localized(fullMessage(for: error), english: english)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
