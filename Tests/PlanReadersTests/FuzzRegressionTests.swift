import Foundation
import PlanModel
import PlanReaders
import PlanlintTestSupport
import Testing

/// Inputs that crashed, hung or were silently truncated (found by libFuzzer and the
/// hostile-input battery of issue 14), as small hand-made files in
/// Fixtures/fuzz-regressions. Each must now be refused with a `PlanReadError`, quickly.
/// Add a file there for every new fuzzer finding (scripts/fuzz.sh).
struct FuzzRegressionTests {
    static let folder = RepositoryPaths.file("Tests/PlanReadersTests/Fixtures/fuzz-regressions")
    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func folderIsNotEmpty() {
        #expect(Self.inputs.count >= 9)
    }

    @Test(arguments: inputs)
    func refusedWithAReadError(_ name: String) throws {
        let path = Self.folder + "/" + name
        let start = Date()
        let error: PlanReadError?
        if name.hasSuffix(".docx") {
            error = #expect(throws: PlanReadError.self) {
                _ = try DocxReader.read(url: URL(fileURLWithPath: path), displayPath: name)
            }
        } else {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            error = #expect(throws: PlanReadError.self) {
                _ = try TextReader.read(bytes: [UInt8](bytes), displayPath: name)
            }
        }
        #expect(error?.file == name)
        #expect(error?.location != nil, "\(name): the error should say where")
        #expect(Date().timeIntervalSince(start) < 5, "\(name)")
    }
}
