import Foundation

/// Whether standard output is a terminal that wants colour (honours NO_COLOR).
enum Terminal {
    static var wantsColor: Bool {
        let env = ProcessInfo.processInfo.environment
        if env["NO_COLOR"] != nil { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
