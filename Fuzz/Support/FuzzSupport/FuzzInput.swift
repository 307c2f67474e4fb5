import Foundation
import CFuzzDriver

/// Helpers shared by the fuzz targets.
public enum FuzzInput {
    /// The fuzzer's bytes as an array.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes decoded as UTF-8 (invalid sequences repaired), for targets that take text.
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Writes the bytes to a file private to this process and returns its path, for the
    /// loaders that read a path (Word reader, configuration, baseline). The same path is
    /// reused for every input so the fuzzer does not fill the disk.
    public static func file(_ data: UnsafePointer<UInt8>, _ size: Int, suffix: String) -> String {
        let path = NSTemporaryDirectory() + "planlint-fuzz-\(getpid())\(suffix)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
        return path
    }
}

/// Hands control to libFuzzer with the program's arguments and one target function.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? =
        UnsafeMutableRawPointer(CommandLine.unsafeArgv).assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}
