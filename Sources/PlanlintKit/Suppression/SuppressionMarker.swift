import Foundation

/// One `<!-- planlint-… -->` marker as written on a line.
///
/// Grammar (one line, HTML-comment form only, so the marker is valid Markdown and
/// invisible when the plan is rendered):
///
///     <!-- planlint-disable [RULE-ID …] [-- reason] -->
///     <!-- planlint-enable [RULE-ID …] [-- reason] -->
///     <!-- planlint-disable-line [RULE-ID …] [-- reason] -->
///     <!-- planlint-disable-next-line [RULE-ID …] [-- reason] -->
///
/// Rule ids are separated by spaces or commas; no ids means every rule. Text after a
/// standalone `--` is a free-form reason and is ignored.
struct SuppressionMarker: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        case disable = "planlint-disable"
        case enable = "planlint-enable"
        case disableLine = "planlint-disable-line"
        case disableNextLine = "planlint-disable-next-line"
    }

    var kind: Kind
    /// Rule ids named by the marker; empty means all rules.
    var ruleIds: [String]

    /// What scanning one line found: markers in order, and complaints about bad ones.
    struct LineScan {
        var markers: [SuppressionMarker] = []
        /// (Vietnamese, English) messages.
        var complaints: [(String, String)] = []
    }

    /// Finds every planlint marker on `text`. HTML comments that do not start with
    /// `planlint` are ordinary comments and are left alone.
    static func scan(_ text: String) -> LineScan {
        var result = LineScan()
        // Cheap exit for the overwhelming majority of lines.
        guard text.utf8.contains(0x3C) else { return result }  // "<"
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "-->") else {
                if isPlanlint(afterOpen) {
                    result.complaints.append((
                        "Chỉ thị planlint phải nằm trọn trên một dòng và kết thúc bằng \"-->\".",
                        "A planlint marker must be on one line and end with \"-->\"."))
                }
                break
            }
            let body = afterOpen[..<close.lowerBound]
            rest = afterOpen[close.upperBound...]
            guard isPlanlint(body) else { continue }
            parse(body, into: &result)
        }
        return result
    }

    private static func isPlanlint(_ body: Substring) -> Bool {
        body.drop(while: \.isWhitespace).lowercased().hasPrefix("planlint")
    }

    private static func parse(_ body: Substring, into result: inout LineScan) {
        var tokens = body.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        if let reason = tokens.firstIndex(of: "--") { tokens.removeSubrange(reason...) }
        guard let name = tokens.first else { return }
        guard let kind = Kind(rawValue: name) else {
            let names = Kind.allCases.map(\.rawValue).joined(separator: ", ")
            result.complaints.append((
                "Chỉ thị \"\(name)\" không hợp lệ; dùng một trong: \(names).",
                "Unknown marker \"\(name)\"; use one of: \(names)."))
            return
        }
        var ids: [String] = []
        for token in tokens.dropFirst() {
            if isRuleId(token) {
                ids.append(token)
            } else {
                result.complaints.append((
                    "\"\(token)\" không phải mã quy tắc (ví dụ: task.product.missing); đã bỏ qua.",
                    "\"\(token)\" is not a rule id (e.g. task.product.missing); ignored."))
            }
        }
        // A marker whose every id was malformed must not widen to "all rules".
        if ids.isEmpty && tokens.count > 1 { return }
        result.markers.append(SuppressionMarker(kind: kind, ruleIds: ids))
    }

    /// Rule ids are ASCII letters, digits, dots, dashes and underscores ("task.lead-unit.missing").
    static func isRuleId(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return token.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "." || $0 == "-" || $0 == "_" }
    }
}

private extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
