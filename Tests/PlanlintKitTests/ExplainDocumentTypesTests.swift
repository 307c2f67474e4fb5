import Foundation
import PlanlintTestSupport
import PlanRules
import Testing

/// `planlint explain` of every shipped rule says which document types the rule applies to,
/// and every rule's description says it too (with the reason).
@Suite("Explain names the document types")
struct ExplainDocumentTypesTests {
    static let rules: [Rule] = (try? RuleSet.load(paths: [RepositoryPaths.file("rules")]).rules) ?? []

    @Test func everyDescriptionSaysWhichTypes() {
        #expect(Self.rules.count > 40)
        for r in Self.rules { #expect(r.description.contains("Áp dụng cho"), "\(r.id)") }
    }

    @Test(.enabled(if: BuiltExecutable.planlint != nil, "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"))
    func explainPrintsTheTypesOfEveryRule() throws {
        let exe = try #require(BuiltExecutable.planlint)
        #expect(!Self.rules.isEmpty)
        for r in Self.rules {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = ["explain", r.id]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = Pipe()
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(r.id)")
            let line = text.split(separator: "\n").first { $0.hasPrefix("Áp dụng cho: ") }
            #expect(line != nil, "\(r.id): \(text.prefix(200))")
            #expect(line.map { $0.contains(r.filter.documentTypesDescription(english: false)) } == true, "\(r.id)")
            #expect(text.contains("Applies to: "), "\(r.id)")
            if r.filter.documentTypes.contains("plan") { #expect(line?.contains("Kế hoạch") == true, "\(r.id)") }
        }
    }
}
