import ArgumentParser
import Foundation
import PlanlintKit
import PlanRules

extension PlanlintCommand {
    /// `planlint rules`: lists every rule.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "Liệt kê các quy tắc — list every rule.")

        @Option(name: .customLong("rules"), help: "Thêm tệp hoặc thư mục quy tắc.")
        var rulePaths: [String] = []

        @Option(help: "vi | en")
        var lang: Language = .vi

        func run() throws {
            let set = try RuleLoading.load(rulePaths)
            for pack in set.packs {
                print("\(pack.name) — \(pack.title) (\(pack.file))")
                for r in pack.rules {
                    let sev = r.severity.draft == r.severity.final ? r.severity.final.rawValue
                        : "\(r.severity.draft.rawValue)/\(r.severity.final.rawValue)"
                    print("  \(r.id.padding(toLength: 40, withPad: " ", startingAt: 0)) \(sev.padding(toLength: 13, withPad: " ", startingAt: 0)) \(lang == .en ? r.titleEn : r.title)")
                }
            }
            print("\(set.rules.count) quy tắc / rules; loại kiểm tra / check kinds: \(CheckKinds.all.map { $0.name }.joined(separator: ", "))")
        }
    }

    /// `planlint explain RULE-ID`: description, rationale and examples of one rule.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Giải thích một quy tắc — explain one rule.")

        @Argument(help: "Mã quy tắc, ví dụ task.lead-unit.missing")
        var ruleId: String

        @Option(name: .customLong("rules"), help: "Thêm tệp hoặc thư mục quy tắc.")
        var rulePaths: [String] = []

        func run() throws {
            let set = try RuleLoading.load(rulePaths)
            guard let r = set.rules.first(where: { $0.id == ruleId }) else {
                var m = "Không có quy tắc '\(ruleId)' — no such rule."
                if let s = Suggestion.closest(to: ruleId, in: set.rules.map(\.id)) { m += " Ý bạn là / did you mean '\(s)'?" }
                Console.error(m)
                throw ExitCode(2)
            }
            print("\(r.id) — \(r.title)")
            print("\(r.titleEn)")
            print("Bộ quy tắc / pack: \(r.pack)   Mức / severity: draft \(r.severity.draft.rawValue), final \(r.severity.final.rawValue)   Phạm vi / scope: \(r.scope.rawValue)")
            print("Định nghĩa / defined at: \(r.span.file):\(r.span.start.line)")
            print("Áp dụng cho: \(r.filter.documentTypesDescription(english: false))")
            print("Applies to: \(r.filter.documentTypesDescription(english: true))")
            print("")
            print(r.description.trimmingCharacters(in: .whitespacesAndNewlines))
            print("")
            print("Thông báo / message: \(r.message.source)")
            for (title, list) in [("Ví dụ sai / invalid", r.examples.invalid), ("Ví dụ đúng / valid", r.examples.valid)] where !list.isEmpty {
                print("\n\(title):")
                for e in list {
                    print(e.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
                }
            }
        }
    }

    /// `planlint test-rules [PATH]`: runs every rule's examples.
    struct TestRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test-rules", abstract: "Chạy các ví dụ trong tệp quy tắc — run every rule's examples.")

        @Argument(help: "Tệp hoặc thư mục quy tắc (mặc định: bộ có sẵn).")
        var paths: [String] = []

        func run() throws {
            let set = try RuleLoading.load(paths, builtin: paths.isEmpty)
            let summary = RuleExamples.runAll(set)
            for f in summary.failures { print("✘ \(f)") }
            // Failures are failing examples plus rules without an invalid example; passed counts examples.
            print("\(summary.passedExamples) passed, \(summary.failures.count) failed")
            print("(\(summary.rules) quy tắc / rules, \(summary.examples) ví dụ / examples, mỗi ví dụ chạy cả NFD, CRLF+BOM, chữ nhiều byte trên cùng dòng, thêm dòng đầu và chỉ thị tắt quy tắc)")
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// Loads rule packs for the rule commands, printing file:line:col and exiting 2 on errors.
enum RuleLoading {
    static func load(_ paths: [String], builtin: Bool = true) throws -> RuleSet {
        let set: RuleSet
        do {
            set = try RuleSet.load(paths: (builtin ? BuiltinRules.packPaths : []) + paths)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if set.rules.isEmpty {
            Console.error("planlint: " + BuiltinRules.noRulesMessage(english: false))
            throw ExitCode(2)
        }
        return set
    }
}
