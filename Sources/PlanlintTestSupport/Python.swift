import Foundation

/// Runs a Python snippet for checks that use Python's jsonschema or XML tools.
public enum Python {
    /// Exit status and combined output, or nil when python3 or a needed module is missing
    /// (tests then skip the check).
    public static func run(_ script: String, _ args: [String]) -> (status: Int32, output: String)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("No module named") || p.terminationStatus == 127 { return nil }
        return (p.terminationStatus, text)
    }
}
