import Foundation
import PlanModel
import PlanParser
import PlanReaders

/// Reads and parses plan files; the one way every command and the web UI load a plan.
public enum PlanLoader {
    /// Reads and parses one file.
    public static func load(path: String) throws(PlanReadError) -> Plan {
        try DocumentLoader.load(path: path).1
    }

    /// Reads and parses many files in parallel, keeping their order.
    public static func load(paths: [String]) -> [Result<Plan, PlanReadError>] {
        ParallelMap.map(paths) { path in Linter.load(PlanInput(path: path)).map { $0.1 } }
    }
}
