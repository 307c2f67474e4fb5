import Foundation
import PlanModel

/// The list definitions of `word/numbering.xml`: abstract lists with their levels, and
/// the numbering instances (`w:num`) paragraphs point at.
struct WordNumberingDefinitions {
    /// What goes between the number and the paragraph text (`w:suff`).
    enum Suffix {
        case tab, space, nothing
    }

    /// One level of a list (`w:lvl`).
    struct Level {
        var start = 1
        var format = "decimal"
        var text: String?
        /// `w:lvlRestart`: nil = restart after any shallower level; 0 = never; n = after level n (1-based).
        var restart: Int?
        var isLegal = false
        var suffix = Suffix.tab
        /// Paragraph style linked to this level (`w:pStyle`).
        var style: String?
    }

    struct AbstractList {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: this list's definition lives in the numbering style of that name.
        var numStyleLink: String?
    }

    /// A `w:lvlOverride` of a numbering instance.
    struct LevelOverride {
        var startOverride: Int?
        var level: Level?
    }

    struct Instance {
        var abstractId: String
        var overrides: [Int: LevelOverride] = [:]
    }

    var abstracts: [String: AbstractList] = [:]
    var instances: [String: Instance] = [:]

    static let maxLevel = 8
    /// Largest start value Word accepts for a list level (its dialog stops at 32767);
    /// with it, a counter stays below 32767 + the number of paragraphs.
    static let maxStart = 32_767
    /// Longest level text (`w:lvlText`) accepted; Word's are a few characters ("%1.%2.").
    static let maxLevelTextLength = 255

    static func parse(_ data: Data, part: String, file: String, limits: DocxLimits) throws(PlanReadError)
        -> WordNumberingDefinitions {
        let collector = Collector()
        try SafeXMLParser.parse(data, part: part, file: file, limits: limits, handler: collector)
        return collector.definitions
    }

    private final class Collector: XMLEventHandler {
        var definitions = WordNumberingDefinitions()
        private var abstractId: String?
        private var abstract = AbstractList()
        private var instanceId: String?
        private var instance: Instance?
        private var overrideLevel: Int?
        private var override = LevelOverride()
        private var levelIndex: Int?
        private var level = Level()

        func start(_ name: XMLName, attributes: XMLAttributes) throws(DocxContentError) {
            guard DocxNamespace.isWordprocessing(name.namespace) else { return }
            let val = attributes["val"]
            switch name.local {
            case "abstractNum":
                abstractId = attributes["abstractNumId"]
                abstract = AbstractList()
            case "num":
                instanceId = attributes["numId"]
                instance = Instance(abstractId: "")
            case "abstractNumId":
                if instance != nil, let val { instance?.abstractId = val }
            case "lvlOverride":
                overrideLevel = try DocxContentError.integer(attributes["ilvl"], element: "w:lvlOverride/@w:ilvl",
                                                             in: 0...255)
                override = LevelOverride()
            case "startOverride":
                if overrideLevel != nil {
                    override.startOverride = try DocxContentError.integer(val, element: "w:startOverride",
                                                                          in: 0...WordNumberingDefinitions.maxStart)
                }
            case "lvl":
                levelIndex = try DocxContentError.integer(attributes["ilvl"], element: "w:lvl/@w:ilvl", in: 0...255)
                level = Level()
            case "start":
                if levelIndex != nil,
                   let n = try DocxContentError.integer(val, element: "w:start", in: 0...WordNumberingDefinitions.maxStart) {
                    level.start = n
                }
            case "numFmt":
                // Word 2010+ writes "custom" inside mc:Choice with a standard fallback; keep the fallback.
                if levelIndex != nil, let val, val != "custom" { level.format = val }
            case "lvlText":
                if levelIndex != nil {
                    let text = val ?? ""
                    guard text.unicodeScalars.count <= WordNumberingDefinitions.maxLevelTextLength else {
                        throw DocxContentError(
                            message: "w:lvlText dài hơn \(WordNumberingDefinitions.maxLevelTextLength) ký tự; từ chối đọc.",
                            messageEn: "w:lvlText is longer than \(WordNumberingDefinitions.maxLevelTextLength) characters; refused.")
                    }
                    level.text = text
                }
            case "lvlRestart":
                if levelIndex != nil {
                    level.restart = try DocxContentError.integer(val, element: "w:lvlRestart", in: 0...255)
                }
            case "isLgl": if levelIndex != nil { level.isLegal = DocxNamespace.isOn(val) }
            case "suff":
                if levelIndex != nil {
                    level.suffix = val == "space" ? .space : val == "nothing" ? .nothing : .tab
                }
            case "pStyle": if levelIndex != nil { level.style = val }
            case "numStyleLink": if abstractId != nil, levelIndex == nil { abstract.numStyleLink = val }
            default: break
            }
        }

        func end(_ name: XMLName) {
            guard DocxNamespace.isWordprocessing(name.namespace) else { return }
            switch name.local {
            case "lvl":
                if let index = levelIndex, (0...WordNumberingDefinitions.maxLevel).contains(index) {
                    if overrideLevel != nil {
                        override.level = level
                    } else if abstractId != nil {
                        abstract.levels[index] = level
                    }
                }
                levelIndex = nil
            case "lvlOverride":
                if let index = overrideLevel { instance?.overrides[index] = override }
                overrideLevel = nil
            case "abstractNum":
                if let id = abstractId { definitions.abstracts[id] = abstract }
                abstractId = nil
            case "num":
                if let id = instanceId, let instance { definitions.instances[id] = instance }
                instanceId = nil
                instance = nil
            default: break
            }
        }

        func text(_ text: String) {}
    }
}
