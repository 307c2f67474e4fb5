import Foundation
import PlanRules

/// Turns the arguments of `planlint check` into the plans to read, as users give them:
/// files, folders (searched recursively for plan files), quoted globs (`'ke-hoach/**/*.docx'`,
/// expanded here so they work where no shell expands them, as in CI variables) and `-` for
/// standard input. Folder and glob results leave out what `.planlintignore` files and the
/// `exclude:` globs of `.planlint.yaml` name; a file named explicitly is always checked.
public enum InputExpansion {
    /// The extensions a folder or glob search picks up (an explicit file may have any).
    public static let planExtensions: Set<String> = ["txt", "md", "markdown", "docx", "pdf"]
    /// Repository documents that sit beside plans and are not plans; left out of folder and
    /// glob searches (named explicitly, they are checked).
    public static let notPlans: Set<String> = ["readme", "changelog", "contributing", "license", "licence", "notice"]

    /// Whether a folder or glob search takes this file name.
    static func isPlanName(_ name: String) -> Bool {
        let base = (name as NSString).lastPathComponent
        return planExtensions.contains((base as NSString).pathExtension.lowercased())
            && !notPlans.contains((base as NSString).deletingPathExtension.lowercased())
    }

    /// The ignore file read in every folder searched.
    public static let ignoreFileName = ".planlintignore"

    public struct Options: Sendable {
        /// The name shown for `-` (and used to choose its reader and find its configuration).
        public var stdinFilename: String?
        /// Reads standard input; replaceable for tests.
        public var readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
        /// An explicit configuration file whose `exclude:` applies (else discovered per folder).
        public var configPath: String?

        public init(stdinFilename: String? = nil, configPath: String? = nil) {
            self.stdinFilename = stdinFilename
            self.configPath = configPath
        }
    }

    /// The plans named by `arguments`, in order, each once.
    /// - Throws: the first problem `expandKeepingGoing` finds.
    public static func expand(_ arguments: [String], options: Options = Options()) throws -> [ExpandedInput] {
        let expansion = expandKeepingGoing(arguments, options: options)
        if let first = expansion.problems.first { throw first.error }
        return expansion.inputs
    }

    /// The plans named by `arguments`, and one problem for each argument that names none:
    /// a folder or glob that finds no plan, a second `-`, a broken `.planlint.yaml` whose
    /// `exclude:` a search needs. The other arguments' plans are still returned, so one bad
    /// argument costs only its own report. A path that does not exist is passed on, for the
    /// reader to report with the others.
    public static func expandKeepingGoing(_ arguments: [String], options: Options = Options()) -> Expansion {
        var expansion = Expansion()
        var seen: Set<String> = []
        var walker = Walker(configPath: options.configPath)
        func add(_ path: String) {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if seen.insert(key).inserted { expansion.inputs.append(ExpandedInput(path: path)) }
        }
        var readStdin = false
        for argument in arguments {
            do {
                if argument == "-" {
                    guard !readStdin else { throw InputExpansionError.stdinTwice() }
                    readStdin = true
                    expansion.inputs.append(ExpandedInput(path: options.stdinFilename ?? "<stdin>", standardInput: options.readStandardInput()))
                    continue
                }
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                    if !isDirectory.boolValue { add(argument); continue }
                    let found = try walker.planFiles(in: argument)
                    guard !found.isEmpty else { throw InputExpansionError.emptyFolder(argument) }
                    found.forEach(add)
                } else if Glob.isPattern(argument) {
                    let found = try walker.planFiles(matching: argument)
                    guard !found.isEmpty else { throw InputExpansionError.nothingMatches(argument) }
                    found.forEach(add)
                } else {
                    add(argument)
                }
            } catch let error as InputExpansionError {
                expansion.problems.append(.argument(error))
            } catch let error as RuleFileIssue {
                expansion.problems.append(.configuration(error))
            } catch {
                expansion.problems.append(.argument(InputExpansionError(argument: argument, message: "\(error)", messageEn: "\(error)")))
            }
        }
        return expansion
    }

    /// What `expandKeepingGoing` found.
    public struct Expansion: Sendable {
        public var inputs: [ExpandedInput] = []
        public var problems: [Problem] = []
    }

    /// An argument that names no plan, or the configuration its search needed.
    public enum Problem: Sendable {
        case argument(InputExpansionError)
        case configuration(RuleFileIssue)

        var error: any Error {
            switch self {
            case .argument(let e): e
            case .configuration(let e): e
            }
        }

        /// One line for standard error, in the user's language.
        public func line(english: Bool) -> String {
            switch self {
            case .argument(let e): e.line(english: english)
            case .configuration(let e): e.line(english: english)
            }
        }
    }
}

/// The recursive search behind folders and globs, with the ignore rules gathered on the way.
struct Walker {
    var configPath: String?
    var loadedConfigs: Set<String> = []
    var rules = IgnoreRules()

    init(configPath: String?) { self.configPath = configPath }

    /// Plan files under `folder`, sorted, shown as `folder/relative/path`.
    mutating func planFiles(in folder: String) throws -> [String] {
        try addConfigExcludes(for: folder)
        var out: [String] = []
        walk(display: folder, absolute: absolute(folder)) { display, _, _ in
            if InputExpansion.isPlanName(display) { out.append(display) }
        }
        return out
    }

    /// Plan files matching a glob, searched from the folder before its first pattern segment.
    mutating func planFiles(matching pattern: String) throws -> [String] {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let fixed = parts.prefix { !Glob.isPattern($0) }
        var base = fixed.joined(separator: "/")
        if pattern.hasPrefix("/") && base.isEmpty { base = "/" }
        let glob = Glob(parts.dropFirst(fixed.count).joined(separator: "/"))
        let root = base.isEmpty ? "." : base
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        try addConfigExcludes(for: root)
        var out: [String] = []
        walk(display: base, absolute: absolute(root)) { display, relative, _ in
            guard InputExpansion.isPlanName(display) else { return }
            // A file matches itself or lies in a matching folder ('ke-hoach/*' takes sub-folders whole).
            let segments = relative.split(separator: "/")
            let matched = (1...segments.count).contains { glob.matches(segments.prefix($0).joined(separator: "/")) }
            if matched { out.append(display) }
        }
        return out
    }

    func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// Visits the files under a folder in sorted order, not into hidden folders (.git,
    /// .build), not through symbolic links to folders (no cycles), skipping Word's `~$`
    /// lock files and whatever the ignore rules name.
    mutating func walk(display: String, absolute: String, relative: String = "",
                       visit: (_ display: String, _ relative: String, _ absolute: String) -> Void) {
        rules.add(ignoreFile: absolute + "/" + InputExpansion.ignoreFileName)
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: absolute) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let abs = absolute == "/" ? "/" + name : absolute + "/" + name
            let shown = display.isEmpty ? name : (display.hasSuffix("/") ? display + name : display + "/" + name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard let type = (try? fm.attributesOfItem(atPath: abs))?[.type] as? FileAttributeType else { continue }
            var isDirectory = type == .typeDirectory
            if type == .typeSymbolicLink {
                var target: ObjCBool = false
                guard fm.fileExists(atPath: abs, isDirectory: &target) else { continue }
                if target.boolValue { continue }
                isDirectory = false
            }
            if rules.isIgnored(abs, isDirectory: isDirectory) { continue }
            if isDirectory {
                walk(display: shown, absolute: abs, relative: rel, visit: visit)
            } else {
                visit(shown, rel, abs)
            }
        }
    }

    /// The `exclude:` globs of the configuration that governs `folder` (and the ignore file
    /// beside that configuration, when it sits above the folder).
    mutating func addConfigExcludes(for folder: String) throws {
        guard let file = configPath ?? Configuration.discover(for: folder + "/" + InputExpansion.ignoreFileName) else { return }
        guard loadedConfigs.insert(file).inserted else { return }
        let config = try Configuration.load(file: file)
        let base = absolute((file as NSString).deletingLastPathComponent)
        rules.add(patterns: config.exclude, base: base)
        rules.add(ignoreFile: base + "/" + InputExpansion.ignoreFileName)
    }
}
