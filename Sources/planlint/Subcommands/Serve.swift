import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PlanlintCommand {
    /// `planlint serve …`: starts the reviewer web service, a separate binary so that the CLI's
    /// build never compiles the web stack.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Chạy dịch vụ kiểm tra/tổng hợp trên trình duyệt — start the reviewer web service (planlint-server).")

        @Argument(parsing: .captureForPassthrough, help: "Tuỳ chọn của planlint-server (xem planlint serve --help-server).")
        var arguments: [String] = []

        func run() throws {
            let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            let server = exe.deletingLastPathComponent().appendingPathComponent("planlint-server").path
            guard FileManager.default.isExecutableFile(atPath: server) else {
                Console.error("Chưa có chương trình planlint-server bên cạnh \(exe.path). Hãy dựng nó bằng: swift build --product planlint-server "
                              + "(hoặc chạy thẳng: swift run planlint-server).")
                throw ExitCode(2)
            }
            let args = arguments.map { $0 == "--help-server" ? "--help" : $0 }
            var argv: [UnsafeMutablePointer<CChar>?] = ([server] + args).map { strdup($0) } + [nil]
            execv(server, &argv)
            Console.error("Không chạy được \(server): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
    }
}
