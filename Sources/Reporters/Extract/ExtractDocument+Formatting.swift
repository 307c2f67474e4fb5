import PlanModel

extension ExtractDocument {
    /// The presentation facts of a Word file (absent for text): page setup per section,
    /// each paragraph's style, alignment, indent and spacing with its runs' font, size and
    /// emphasis, the page-number fields, and text converted from TCVN3 or VNI.
    /// Lengths in millimetres (page), centimetres (indents) and points (spacing, sizes).
    public struct Formatting: Codable, Sendable {
        public struct Page: Codable, Sendable {
            public var section: Int
            public var firstParagraph, lastParagraph: Int
            public var widthMm, heightMm: Double?
            public var orientation: String
            public var marginTopMm, marginBottomMm, marginLeftMm, marginRightMm: Double?
            public var differentFirstPage: Bool
        }

        public struct Run: Codable, Sendable {
            public var column, endColumn: Int
            public var font: String?
            public var size: Double?
            public var bold, italic, caps: Bool
            public var color: String?
            public var legacyEncoding: String?
        }

        public struct Paragraph: Codable, Sendable {
            public var paragraph: Int
            public var style: String?
            public var alignment: String?
            public var firstLineIndentCm: Double?
            public var leftIndentCm: Double?
            public var spacingBeforePt: Double?
            public var spacingAfterPt: Double?
            /// "1.5" (lines), "exactly 18pt" or "at least 18pt".
            public var lineSpacing: String?
            public var numbered, inTable: Bool
            public var runs: [Run]
        }

        public struct PageNumber: Codable, Sendable {
            public var section: Int
            public var placement, pages: String
            public var alignment: String?
            public var size: Double?
        }

        public var pages: [Page]
        public var paragraphs: [Paragraph]
        public var pageNumbers: [PageNumber]
        public var legacyEncoding: String?

        static func round(_ x: Double, _ places: Double = 100) -> Double { (x * places).rounded() / places }

        init(_ f: DocumentFormatting, legacy: LegacyEncodingUse?) {
            func mm(_ t: Int?) -> Double? { t.map { Self.round(PageSetup.mm($0), 10) } }
            func pt(_ t: Int?) -> Double? { t.map { Double($0) / 20 } }
            pages = f.sections.map {
                Page(section: $0.index, firstParagraph: $0.lines.lowerBound, lastParagraph: $0.lines.upperBound,
                     widthMm: mm($0.pageWidth), heightMm: mm($0.pageHeight), orientation: $0.isLandscape ? "landscape" : "portrait",
                     marginTopMm: mm($0.marginTop), marginBottomMm: mm($0.marginBottom), marginLeftMm: mm($0.marginLeft),
                     marginRightMm: mm($0.marginRight), differentFirstPage: $0.differentFirstPage)
            }
            paragraphs = f.paragraphs.map { p in
                let indent = p.firstLineIndent ?? p.hangingIndent.map { -$0 }
                var spacing: String?
                switch p.lineSpacing {
                case .multiple(let x)?: spacing = String(Self.round(x))
                case .exactly(let t)?: spacing = "exactly \(Double(t) / 20)pt"
                case .atLeast(let t)?: spacing = "at least \(Double(t) / 20)pt"
                case nil: spacing = nil
                }
                return Paragraph(paragraph: p.line, style: p.styleName ?? p.style, alignment: p.alignment?.rawValue,
                                 firstLineIndentCm: indent.map { Self.round(Double($0) / 567) },
                                 leftIndentCm: p.leftIndent.map { Self.round(Double($0) / 567) },
                                 spacingBeforePt: pt(p.spacingBefore), spacingAfterPt: pt(p.spacingAfter), lineSpacing: spacing,
                                 numbered: p.isNumbered, inTable: p.inTable,
                                 runs: p.textRuns.map {
                                     Run(column: $0.span.start.column, endColumn: $0.span.end.column, font: $0.font, size: $0.points,
                                         bold: $0.bold, italic: $0.italic, caps: $0.caps, color: $0.color,
                                         legacyEncoding: $0.legacyEncoding?.rawValue)
                                 })
            }
            pageNumbers = f.pageNumbers.map {
                PageNumber(section: $0.section, placement: $0.placement.rawValue, pages: $0.pages.rawValue,
                           alignment: $0.alignment?.rawValue, size: $0.halfPoints.map { Double($0) / 2 })
            }
            legacyEncoding = legacy?.encoding.rawValue
        }
    }
}
