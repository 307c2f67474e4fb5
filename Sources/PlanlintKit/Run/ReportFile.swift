import Foundation

/// Writes a report file atomically: the text goes to a temporary file in the same folder,
/// which is then renamed over the target, so a killed run leaves the old report or none,
/// never half of one.
enum ReportFile {
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
