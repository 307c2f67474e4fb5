import PlanModel
import PlanReaders
import Reporters

extension Planlint {
    /// `planlint extract`: reads and parses every input (in parallel, in order) and renders
    /// the document models; unreadable inputs give one diagnostic line each and exit 2, the
    /// others are still rendered.
    public static func extract(_ inputs: [PlanInput], format: ExtractRenderer.Format, english: Bool = false)
        -> (exitCode: Int32, output: String?, diagnostics: [String]) {
        var plans: [Plan] = []
        var diagnostics: [String] = []
        for result in ParallelMap.map(inputs, { Linter.load($0).map(\.1) }) {
            switch result {
            case .success(let plan): plans.append(plan)
            case .failure(let error): diagnostics.append(error.line(english: english))
            }
        }
        var output: String?
        if !plans.isEmpty {
            do {
                output = try ExtractRenderer.render(plans, format: format)
            } catch {
                diagnostics.append(english ? "cannot render the document model: \(error)" : "không xuất được mô hình văn bản: \(error)")
                return (2, nil, diagnostics)
            }
        }
        return (diagnostics.isEmpty ? 0 : 2, output, diagnostics)
    }
}
