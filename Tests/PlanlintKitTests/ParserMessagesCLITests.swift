import Foundation
import PlanlintTestSupport
import Testing

/// Argument errors and the frame of `--help` are Vietnamese by default, English with
/// `--lang en`, and usage errors exit 2 like every other failed run.
@Suite("Argument errors and help in Vietnamese")
struct ParserMessagesCLITests {
    @Test(.enabled(if: CLIProcess.built, "needs swift build"), arguments: [
        (["check"], "Lỗi: thiếu tham số '<files> ...'"),
        (["check", "x.txt", "--mode", "zz"], "Lỗi: giá trị 'zz' không hợp lệ cho '--mode <mode>'; hãy chọn một trong 'draft' và 'final'."),
        (["check", "x.txt", "--mode"], "Lỗi: thiếu giá trị cho '--mode <mode>'"),
        (["check", "x.txt", "--mode", "zz", "--lang", "en"], "Error: The value 'zz' is invalid for '--mode <mode>'"),
    ])
    func argumentErrors(_ arguments: [String], _ expected: String) throws {
        let run = try CLIProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(expected), "\(run.stderr)")
    }

    @Test(.enabled(if: CLIProcess.built, "needs swift build"))
    func helpFrame() throws {
        let vi = try CLIProcess.run(["check", "--help"])
        #expect(vi.status == 0)
        for heading in ["TỔNG QUAN:", "CÁCH DÙNG:", "THAM SỐ:", "TÙY CHỌN:", ".pdf"] { #expect(vi.stdout.contains(heading)) }
        let en = try CLIProcess.run(["check", "--help", "--lang", "en"])
        #expect(en.stdout.contains("OVERVIEW:"))
    }
}
