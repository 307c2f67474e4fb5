import PlanModel
import VietnameseText

/// Plain text typed in TCVN3 or VNI (copied out of an old Word file, so each 8-bit code
/// arrived as the Latin-1 character): recognised over the whole file and converted line by
/// line, so that the parser reads Vietnamese instead of judging the text as damaged.
///
/// TCVN3 converts one character to one, so columns are unchanged; VNI letters shrink
/// (base + mark codes → one letter) and columns then count the converted letters.
enum LegacyPlainText {
    static func convert(_ lines: inout [SourceLine], file: String) -> LegacyEncodingUse? {
        let sample = lines.prefix(400).map(\.text).joined(separator: "\n")
        guard let charset = LegacyTextDetector.detect(sample) else { return nil }
        var first: SourceSpan?
        var count = 0
        for i in lines.indices {
            let converted = LegacyTextConverter.convert(lines[i].text, from: charset).text
            guard converted != lines[i].text else { continue }
            if first == nil {
                first = SourceSpan(file: file, start: .init(line: lines[i].number, column: 1),
                                   end: .init(line: lines[i].number, column: converted.count + 1))
            }
            lines[i].text = converted
            count += 1
        }
        return first.map { LegacyEncodingUse(encoding: LegacyEncoding(charset), span: $0, count: count) }
    }
}
