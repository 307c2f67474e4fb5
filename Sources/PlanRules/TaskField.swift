import PlanModel

/// The fields of a task a rule can name in the DSL.
public enum TaskField: String, Sendable, CaseIterable {
    case title, lead, coordinating, product, timeline

    func value(in t: PlanTask) -> Located<String>? {
        switch self {
        case .title: return t.title
        case .lead: return t.lead
        case .coordinating: return t.coordinating
        case .product: return t.product
        case .timeline: return t.timeline
        }
    }

    /// Name in messages, Vietnamese and English.
    var label: (vi: String, en: String) {
        switch self {
        case .title: return ("tên nhiệm vụ", "task title")
        case .lead: return ("đơn vị chủ trì", "lead unit")
        case .coordinating: return ("đơn vị phối hợp", "coordinating units")
        case .product: return ("sản phẩm", "product")
        case .timeline: return ("thời gian thực hiện", "timeline")
        }
    }

    static func parse(_ v: YAMLValue) throws(RuleFileIssue) -> TaskField {
        let name = try v.text("field")
        guard let f = TaskField(rawValue: name) else {
            throw .unknownKey(name, at: v.span, allowed: TaskField.allCases.map(\.rawValue))
        }
        return f
    }
}

/// The header components a rule can name.
public enum HeaderField: String, Sendable, CaseIterable {
    case number, symbol, date, place, issuer, parent_issuer, document_type, title

    func value(in h: Header) -> Located<String>? {
        switch self {
        case .number: return h.number
        case .symbol: return h.symbol
        case .date: return h.date.map { Located($0.value.vietnamese, span: $0.span) } ?? h.dateLine
        case .place: return h.place
        case .issuer: return h.issuer
        case .parent_issuer: return h.parentIssuer
        case .document_type: return h.documentType
        case .title: return h.title
        }
    }

    var label: (vi: String, en: String) {
        switch self {
        case .number: return ("số văn bản", "document number")
        case .symbol: return ("ký hiệu", "symbol")
        case .date: return ("ngày ban hành", "date of issue")
        case .place: return ("địa danh", "place of issue")
        case .issuer: return ("tên cơ quan ban hành", "issuing body")
        case .parent_issuer: return ("tên cơ quan chủ quản", "parent body")
        case .document_type: return ("tên loại văn bản", "document type")
        case .title: return ("trích yếu nội dung", "title")
        }
    }
}
