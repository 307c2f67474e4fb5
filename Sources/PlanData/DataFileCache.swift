import Foundation

/// Decoded data files by path, so a catalogue named by ten rules is parsed once. An entry
/// is used only while the file's size and modification date are unchanged (a long-lived
/// server sees edits). Thread-safe: plans are linted in parallel.
final class DataFileCache: @unchecked Sendable {
    static let shared = DataFileCache()

    struct Key: Hashable {
        var path: String
        var type: ObjectIdentifier
    }

    private struct Entry {
        var stamp: Stamp
        var value: any Sendable
    }

    private struct Stamp: Equatable {
        var size: Int
        var modified: Date?
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    private static func stamp(_ path: String) -> Stamp? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(size: (a[.size] as? NSNumber)?.intValue ?? -1, modified: a[.modificationDate] as? Date)
    }

    func value(_ key: Key) -> (any Sendable)? {
        guard let stamp = Self.stamp(key.path) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[key], e.stamp == stamp else { return nil }
        return e.value
    }

    func store(_ value: any Sendable, _ key: Key) {
        guard let stamp = Self.stamp(key.path) else { return }
        lock.lock()
        entries[key] = Entry(stamp: stamp, value: value)
        lock.unlock()
    }
}
