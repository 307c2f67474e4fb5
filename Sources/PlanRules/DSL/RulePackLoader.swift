import BuiltinContent
import Foundation
import PlanModel

/// A loaded pack: one rule file.
public struct RulePack: Sendable {
    public var name: String
    public var title: String
    public var file: String
    public var rules: [Rule]
}

/// Loads rule files. A broken file never half-loads: the first problem is thrown with
/// file:line:column, and nothing from that file is used.
public enum RulePackLoader {
    static let packKeys = ["version", "pack", "title", "title_en", "description", "rules"]
    static let ruleKeys = ["id", "severity", "scope", "where", "check", "message", "message_en", "title", "title_en",
                           "description", "examples", "damaged_text"]

    public static func load(file: String) throws(RuleFileIssue) -> RulePack {
        try parse(try DataFile.text(file), file: file)
    }

    public static func parse(_ text: String, file: String) throws(RuleFileIssue) -> RulePack {
        let root = try YAMLDocument.parse(text, file: file)
        // A file may be just a list of rules; its pack is then named after the file.
        let defaultName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let pack: String
        let title: String?
        let items: [YAMLValue]
        if root.isSequence {
            pack = defaultName
            title = nil
            items = try root.sequence("rules")
        } else {
            let d = try root.requireKeys("the rule pack", allowed: packKeys, required: ["rules"])
            if let v = d["version"], try v.text("version") != "1" {
                throw RuleFileIssue(v.span, vi: "phiên bản không được hỗ trợ; planlint này đọc version 1",
                                    en: "unsupported version; this planlint reads version 1")
            }
            pack = try d["pack"]?.text("pack") ?? defaultName
            title = try d["title"]?.text("title")
            items = try d["rules"]!.sequence("rules")
        }
        var rules: [Rule] = []
        var ids: Set<String> = []
        var problems: [RuleFileIssue] = []
        // Every rule is checked, so all the file's problems are reported together.
        for r in items {
            do {
                let rule = try parseRule(r, pack: pack)
                guard !ids.contains(rule.id) else {
                    problems.append(RuleFileIssue(rule.span, vi: "mã luật '\(rule.id)' lặp lại", en: "duplicate rule id '\(rule.id)'"))
                    continue
                }
                ids.insert(rule.id)
                rules.append(rule)
            } catch {
                problems.append(error)
            }
        }
        if let issue = RuleFileIssue.combined(problems) { throw issue }
        return RulePack(name: pack, title: title ?? pack, file: file, rules: rules)
    }

    static func parseRule(_ v: YAMLValue, pack: String) throws(RuleFileIssue) -> Rule {
        let d = try v.requireKeys("a rule", allowed: ruleKeys, required: ["id", "severity", "check", "message"])
        let idValue = d["id"]!
        let id = try idValue.text("id")
        guard id.range(of: #"^[a-z0-9]+(?:[.-][a-z0-9]+)*$"#, options: .regularExpression) != nil else {
            throw RuleFileIssue(idValue.span, vi: "mã luật '\(id)' phải viết thường, các phần nối bằng dấu chấm hoặc gạch ngang, ví dụ task.lead-unit.missing",
                                en: "rule id '\(id)' must be dotted kebab-case, e.g. task.lead-unit.missing")
        }
        let severity = try parseSeverity(d["severity"]!)
        let scope: RuleScope
        if let scopeValue = d["scope"] {
            let scopeName = try scopeValue.text("scope")
            guard let s = RuleScope(rawValue: scopeName) else {
                throw .unknownKey(scopeName, at: scopeValue.span, allowed: RuleScope.allCases.map(\.rawValue))
            }
            scope = s
        } else {
            // Without `scope:`, the kind's own: the only one it has, else the task.
            scope = try defaultScope(for: d["check"]!)
        }
        let filter = try d["where"].map { w throws(RuleFileIssue) in try WhereFilter(w) } ?? WhereFilter()
        let check = try parseCheck(d["check"]!, context: CheckLoadContext(ruleId: id, scope: scope, file: v.file))
        let kind = type(of: check)
        let allowed = RuleTarget.placeholders(for: scope).union(kind.placeholders)
        let message = try MessageTemplate(try d["message"]!.text("message"), allowed: allowed, at: d["message"]!.span)
        // English is optional: a Vietnamese office writes its rules in Vietnamese.
        let messageEn = try d["message_en"].map { m throws(RuleFileIssue) in
            try MessageTemplate(try m.text("message_en"), allowed: allowed, at: m.span)
        } ?? message
        var damaged = false
        if let dt = d["damaged_text"] {
            let s = try dt.text("damaged_text")
            guard s == "run" || s == "skip" else { throw RuleFileIssue(dt.span, "damaged_text must be run or skip") }
            damaged = s == "run"
        }
        if kind.runsOnDamagedText { damaged = true }
        let examples = try d["examples"].map { e throws(RuleFileIssue) in try parseExamples(e) } ?? RuleExamples()
        let title = try d["title"]?.text("title") ?? message.source
        return Rule(id: id, pack: pack, severity: severity, scope: scope, filter: filter, check: check, message: message,
                    messageEn: messageEn, title: title,
                    titleEn: try d["title_en"]?.text("title_en") ?? (d["message_en"] == nil ? title : messageEn.source),
                    description: try d["description"]?.text("description") ?? "", examples: examples,
                    runsOnDamagedText: damaged, span: idValue.span)
    }

    /// The scope a rule without `scope:` gets: its kind's only scope, else `task`.
    static func defaultScope(for check: YAMLValue) throws(RuleFileIssue) -> RuleScope {
        let pairs = try check.mapping("check")
        guard pairs.count == 1, let kind = CheckKinds.byName[pairs[0].key] else { return .task }
        if kind.scopes.count == 1, let only = kind.scopes.first { return only }
        return kind.scopes.contains(.task) ? .task : (kind.scopes.sorted { $0.rawValue < $1.rawValue }.first ?? .task)
    }

    static func parseSeverity(_ v: YAMLValue) throws(RuleFileIssue) -> SeverityPolicy {
        func one(_ x: YAMLValue) throws(RuleFileIssue) -> Severity {
            let s = try x.text("severity")
            guard let sev = Severity(rawValue: s) else { throw .unknownKey(s, at: x.span, allowed: ["error", "warning", "info"]) }
            return sev
        }
        if v.string != nil { return SeverityPolicy(try one(v)) }
        let d = try v.requireKeys("severity", allowed: ["draft", "final"], required: ["draft", "final"])
        return SeverityPolicy(draft: try one(d["draft"]!), final: try one(d["final"]!))
    }

    static func parseCheck(_ v: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) -> any CheckKind {
        let pairs = try v.mapping("check")
        if pairs.count != 1 {
            throw RuleFileIssue(v.span, "check must have exactly one kind, e.g. { require: lead }")
        }
        let name = pairs[0].key
        let span = pairs[0].keySpan
        let options = pairs[0].value
        guard let kind = CheckKinds.byName[name] else {
            throw RuleFileIssue.unknownKey(name, at: span, allowed: CheckKinds.all.map { $0.name })
        }
        if !kind.scopes.contains(context.scope) {
            let allowed = kind.scopes.map { $0.rawValue }.sorted().joined(separator: ", ")
            throw RuleFileIssue(span, "check kind '\(name)' cannot be used in scope '\(context.scope.rawValue)'; it works in: \(allowed)")
        }
        let built: Result<any CheckKind, RuleFileIssue> = buildCheck(kind, options, context)
        switch built {
        case .success(let check): return check
        case .failure(let issue): throw issue
        }
    }

    private static func buildCheck(_ kind: any CheckKind.Type, _ options: YAMLValue, _ context: CheckLoadContext) -> Result<any CheckKind, RuleFileIssue> {
        do {
            return .success(try kind.make(options: options, context: context))
        } catch let issue as RuleFileIssue {
            return .failure(issue)
        } catch {
            return .failure(RuleFileIssue(options.span, "\(error)"))
        }
    }

    static func parseExamples(_ v: YAMLValue) throws(RuleFileIssue) -> RuleExamples {
        let d = try v.requireKeys("examples", allowed: ["valid", "invalid"])
        func list(_ key: String) throws(RuleFileIssue) -> [RuleExamples.Example] {
            guard let items = d[key] else { return [] }
            var out: [RuleExamples.Example] = []
            for item in try items.sequence("examples.\(key)") {
                if let text = item.string {
                    out.append(.init(text: text, span: item.span, mode: .final))
                } else {
                    let e = try item.requireKeys("an example", allowed: ["text", "mode", "master", "unit", "docx", "at"],
                                                 required: [])
                    guard e["text"] != nil || e["docx"] != nil else { throw RuleFileIssue(item.span, "an example needs text or docx") }
                    var mode = PlanMode.final
                    if let m = e["mode"] {
                        guard let pm = PlanMode(rawValue: try m.text("mode")) else { throw RuleFileIssue(m.span, "mode must be draft or final") }
                        mode = pm
                    }
                    var ex = RuleExamples.Example(text: try e["text"]?.text("text") ?? "", span: item.span, mode: mode)
                    if let d = e["docx"] {
                        let rel = try d.text("docx")
                        ex.docx = rel.hasPrefix("/") ? rel : ((item.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(rel)
                        for place in try e["at"]?.texts("at") ?? [] {
                            let parts = place.split(separator: ":").compactMap { Int($0) }
                            guard parts.count == 2 else { throw RuleFileIssue(e["at"]!.span, "at: each place is \"paragraph:column\"") }
                            ex.at.append(SourcePosition(line: parts[0], column: parts[1]))
                        }
                    }
                    if let m = e["master"] {
                        let rel = try m.text("master")
                        ex.master = rel.hasPrefix("/") ? rel : ((item.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(rel)
                    }
                    ex.unit = try e["unit"]?.text("unit")
                    out.append(ex)
                }
            }
            return out
        }
        return RuleExamples(valid: try list("valid"), invalid: try list("invalid"))
    }
}

/// Several packs loaded together; rule ids are unique across them.
public struct RuleSet: Sendable {
    public var packs: [RulePack]
    public var rules: [Rule] { packs.flatMap(\.rules) }

    /// Loads every `.yaml`/`.yml` file at each path (a file or a folder, searched recursively
    /// but not into `masters/`, `units/` or `legal/`, which are data, not rule packs).
    public static func load(paths: [String]) throws(RuleFileIssue) -> RuleSet {
        let (set, broken) = loadKeepingGoing(paths: paths)
        if let first = broken.first { throw first }
        return set
    }

    /// Loads every rule file that can be loaded; a file that cannot (or that repeats a rule
    /// id of an earlier file) is left out whole and its problem returned, so one broken
    /// pack does not keep the other packs' rules from running.
    public static func loadKeepingGoing(paths: [String]) -> (RuleSet, [RuleFileIssue]) {
        var packs: [RulePack] = []
        var broken: [RuleFileIssue] = []
        var seen: [String: SourceSpan] = [:]
        for file in ruleFiles(at: paths) {
            do throws(RuleFileIssue) {
                let pack = try RulePackLoader.load(file: file)
                for r in pack.rules {
                    if let first = seen[r.id] {
                        throw RuleFileIssue(r.span, vi: "mã luật '\(r.id)' lặp lại (đã khai báo ở \(first.file):\(first.start.line))",
                                            en: "duplicate rule id '\(r.id)' (first defined at \(first.file):\(first.start.line))")
                    }
                }
                for r in pack.rules { seen[r.id] = r.span }
                packs.append(pack)
            } catch {
                broken.append(error)
            }
        }
        return (RuleSet(packs: packs), broken)
    }

    static func ruleFiles(at paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { files.append(path); continue }
            guard isDir.boolValue else { files.append(path); continue }
            let base = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            guard let e = fm.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            var found: [String] = []
            for case let url as URL in e {
                let rel = url.path.dropFirst(base.path.count)
                if ["/masters/", "/units/", "/legal/", "/schemas/"].contains(where: { rel.contains($0) }) { continue }
                if ["yaml", "yml"].contains(url.pathExtension) { found.append(url.path) }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }
}
