import Foundation

/// swift-argument-parser writes its errors and the frame of `--help` in English; planlint
/// speaks Vietnamese by default. These are the phrases it uses (ArgumentParser 1.5–1.6),
/// rewritten line by line; anything not listed passes through unchanged, so a newer
/// ArgumentParser wording degrades to English, never to a wrong message.
enum ParserMessages {
    /// (pattern, Vietnamese replacement) — regular expressions over one line, in order.
    static let rules: [(String, String)] = [
        (#"^Error: Missing expected argument '(.+)'$"#, "Lỗi: thiếu tham số '$1'"),
        (#"^Error: Missing value for '(.+)'$"#, "Lỗi: thiếu giá trị cho '$1'"),
        (#"^Error: Unknown option '(.+)'$"#, "Lỗi: không có tùy chọn '$1'"),
        (#"^Error: Unexpected argument '(.+)'$"#, "Lỗi: tham số thừa '$1'"),
        (#"^Error: (\d+) unexpected arguments: (.+)$"#, "Lỗi: $1 tham số thừa: $2"),
        (#"^Error: The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#,
         "Lỗi: giá trị '$1' không hợp lệ cho '$2'; hãy chọn một trong $3."),
        (#"^Error: The value '(.*)' is invalid for '(.+)'$"#, "Lỗi: giá trị '$1' không hợp lệ cho '$2'"),
        (#"^Error: (.+)$"#, "Lỗi: $1"),
        (#"^Help: (.*)$"#, "Trợ giúp: $1"),
        (#"^Usage: (.*)$"#, "Cách dùng: $1"),
        (#"^(\s*)See '(.+)' for more information\.$"#, "$1Xem '$2' để biết thêm."),
        (#"^(\s*)See '(.+)' for detailed help\.$"#, "$1Xem '$2' để có trợ giúp chi tiết."),
        (#"^OVERVIEW: (.*)$"#, "TỔNG QUAN: $1"),
        (#"^USAGE: (.*)$"#, "CÁCH DÙNG: $1"),
        (#"^ARGUMENTS:$"#, "THAM SỐ:"),
        (#"^OPTIONS:$"#, "TÙY CHỌN:"),
        (#"^SUBCOMMANDS:$"#, "LỆNH CON:"),
        (#"^(\s+--version\s+)Show the version\.$"#, "$1In phiên bản."),
        (#"^(\s+-h, --help\s+)Show help information\.$"#, "$1In trợ giúp."),
        (#"\(default: (.+?)\)"#, "(mặc định: $1)"),
        (#" and "#, " và "),
    ]

    /// `text` in Vietnamese, or unchanged when the run asked for English.
    static func localized(_ text: String, english: Bool) -> String {
        // Machine-read output (completion scripts, the JSON behind the man page) stays as is.
        let raw = CommandLine.arguments.contains { $0.hasPrefix("--generate-completion-script") || $0 == "--experimental-dump-help" }
        guard !english, !raw else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = String(line)
            for (pattern, template) in rules {
                // " and " only inside the list of accepted values of an error line.
                if pattern == " and " && !out.hasPrefix("Lỗi: giá trị") { continue }
                out = out.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
            }
            return out
        }.joined(separator: "\n")
    }

    /// Whether the command line asks for English (`--lang en` or `--lang=en`).
    static var englishRequested: Bool {
        let args = CommandLine.arguments
        if args.contains("--lang=en") { return true }
        return zip(args, args.dropFirst()).contains { $0 == "--lang" && $1 == "en" }
    }
}
