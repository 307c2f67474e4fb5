import Foundation
import PlanModel

/// `quality`: whether the text can be judged at all.
///
/// With `min_valid_syllables`, reports once when too few words are valid Vietnamese
/// syllables (garbled OCR); such a plan is then not flooded with field findings that are
/// artefacts of the damage (rules with `damaged_text: run` still run). With
/// `min_diacritics`, reports once when readable text lacks diacritics.
/// Texts of fewer than 40 words are not judged.
public struct QualityCheck: CheckKind {
    public static let name = "quality"
    public static let summary = "Chất lượng văn bản (OCR hỏng, mất dấu) — text too damaged to judge, or without diacritics."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = ["percent", "words"]
    static let minimumWords = 40

    enum Measure: Sendable { case syllables(Double), diacritics(Double) }
    let measure: Measure

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("quality", allowed: ["min_valid_syllables", "min_diacritics"])
        if let v = d["min_valid_syllables"] { measure = .syllables(try v.number("min_valid_syllables")) }
        else if let v = d["min_diacritics"] { measure = .diacritics(try v.number("min_diacritics")) }
        else { throw RuleFileIssue(options.span, "quality needs min_valid_syllables or min_diacritics") }
    }

    /// It must run on damaged text: it is what says the text is damaged.
    public static let runsOnDamagedText = true

    /// The syllable measure is the quality gate; the diacritics note is not.
    public var gatesDamagedText: Bool { if case .syllables = measure { return true } else { return false } }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let p) = target, p.quality.words >= Self.minimumWords else { return [] }
        let ratio: Double
        switch measure {
        case .syllables(let min):
            guard p.quality.validSyllableRatio < min else { return [] }
            ratio = p.quality.validSyllableRatio
        case .diacritics(let min):
            guard !context.textIsDamaged, p.quality.diacriticRatio < min else { return [] }
            ratio = p.quality.diacriticRatio
        }
        return [Hit(span: nil, arguments: ["percent": String(Int((ratio * 100).rounded())), "words": String(p.quality.words)])]
    }
}
