import BuiltinContent
import Foundation

/// The shipped rule packs, master packs, unit registries and legal catalogue. They are
/// compiled into the binary (`builtin:rules/…`, see `ContentSource`), so a copied binary
/// checks as much as a checkout. `PLANLINT_BUILTIN_RULES=DIR` uses a folder on disk instead (for
/// someone editing the shipped packs without regenerating the embedded copy).
public enum BuiltinRules {
    /// The folder named by `PLANLINT_BUILTIN_RULES`, when set and present.
    public static var overrideDirectory: String? {
        guard let env = ProcessInfo.processInfo.environment["PLANLINT_BUILTIN_RULES"], !env.isEmpty,
              FileManager.default.fileExists(atPath: env) else { return nil }
        return env
    }

    /// The shipped rule packs: the embedded `rules/` files that are packs, not data
    /// (`masters/`, `units/` and `legal/` hold data).
    public static var packPaths: [String] {
        if let dir = overrideDirectory { return [dir] }
        return ContentSource.builtinFiles(under: "rules").filter { path in
            !["/masters/", "/units/", "/legal/"].contains { path.contains($0) }
        }
    }

    /// The embedded master-plan packs, as `builtin:rules/masters/<province>/<year>.yaml`.
    public static var masterPacks: [String] { ContentSource.builtinFiles(under: "rules/masters") }

    /// A master pack as the user named it: a file on disk when it exists, else the embedded
    /// pack it names — `rules/masters/quang-tri/2022.yaml`, `masters/quang-tri/2022.yaml`,
    /// `quang-tri/2022` or `builtin:…` — so the README's commands work with a copied binary.
    /// Unknown names are returned unchanged, for the loader to report.
    public static func resolveMaster(_ name: String) -> String {
        if ContentSource.isBuiltin(name) || FileManager.default.fileExists(atPath: name) { return name }
        // A configuration resolves `master: quang-tri/2022` against its own folder, so the
        // shipped name can be any tail of the path: try the shortest tails first.
        let parts = name.split(separator: "/").map(String.init)
        for count in 1...max(parts.count, 1) where count <= parts.count {
            var key = parts.suffix(count).joined(separator: "/")
            if !key.hasSuffix(".yaml") && !key.hasSuffix(".yml") { key += ".yaml" }
            for candidate in [key, "rules/" + key, "rules/masters/" + key] {
                let path = ContentSource.builtinPrefix + candidate
                if ContentSource.isBuiltin(path) { return path }
            }
        }
        return name
    }
}

extension BuiltinRules {
    /// Why a run with no rule at all is refused (exit 2): an empty report would read as a
    /// clean plan.
    public static func noRulesMessage(english: Bool) -> String {
        english
            ? "no rules to check with: the built-in packs are off (--no-builtin or builtin: false) and no --rules or packs: gave any rule"
            : "không có quy tắc nào để kiểm tra: bộ quy tắc có sẵn đã tắt (--no-builtin hoặc builtin: false) và --rules, packs: không có quy tắc nào"
    }
}
