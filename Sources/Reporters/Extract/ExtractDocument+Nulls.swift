// The extract contract prints absent values as `null` rather than leaving the key out,
// so that users' scripts can tell "absent" from "not reported". Synthesised Codable
// omits nil keys; these encoders write every key.

extension ExtractDocument.Header {
    enum CodingKeys: String, CodingKey {
        case parentIssuer, issuer, number, symbol, numberLine, place, date, dateLine, dateBlank, documentType, documentKind, typeCode, title, year
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(parentIssuer, forKey: .parentIssuer)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(number, forKey: .number)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(numberLine, forKey: .numberLine)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(dateLine, forKey: .dateLine)
        try c.encode(dateBlank, forKey: .dateBlank)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(documentKind, forKey: .documentKind)
        try c.encode(typeCode, forKey: .typeCode)
        try c.encode(title, forKey: .title)
        try c.encode(year, forKey: .year)
    }
}

extension ExtractDocument.Task {
    enum CodingKeys: String, CodingKey {
        case path, sectionPath, title, line, column, lead, leadSource, leadLabel, coordinating, product, timeline, targets, otherFields
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sectionPath, forKey: .sectionPath)
        try c.encode(title, forKey: .title)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(lead, forKey: .lead)
        try c.encode(leadSource, forKey: .leadSource)
        try c.encode(leadLabel, forKey: .leadLabel)
        try c.encode(coordinating, forKey: .coordinating)
        try c.encode(product, forKey: .product)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(targets, forKey: .targets)
        try c.encode(otherFields, forKey: .otherFields)
    }
}

extension ExtractDocument.Timeline {
    enum CodingKeys: String, CodingKey { case text, line, column, endLine, endColumn, value }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(endLine, forKey: .endLine)
        try c.encode(endColumn, forKey: .endColumn)
        try c.encode(value, forKey: .value)
    }
}

extension ExtractDocument.Reference {
    enum CodingKeys: String, CodingKey {
        case text, line, column, typeWord, number, yearSegment, typeCode, issuerCode, shape, symbol, date, dateValid, issuer
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(typeWord, forKey: .typeWord)
        try c.encode(number, forKey: .number)
        try c.encode(yearSegment, forKey: .yearSegment)
        try c.encode(typeCode, forKey: .typeCode)
        try c.encode(issuerCode, forKey: .issuerCode)
        try c.encode(shape, forKey: .shape)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(date, forKey: .date)
        try c.encode(dateValid, forKey: .dateValid)
        try c.encode(issuer, forKey: .issuer)
    }
}

extension ExtractDocument.Target {
    enum CodingKeys: String, CodingKey { case text, points, maxPoints }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(points, forKey: .points)
        try c.encode(maxPoints, forKey: .maxPoints)
    }
}

extension ExtractDocument.PlanBody {
    enum CodingKeys: String, CodingKey {
        case header, year, basis, sections, tasks, references, recipients, signature, quality, formatting
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(header, forKey: .header)
        try c.encode(year, forKey: .year)
        try c.encode(basis, forKey: .basis)
        try c.encode(sections, forKey: .sections)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(references, forKey: .references)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(signature, forKey: .signature)
        try c.encode(quality, forKey: .quality)
        try c.encodeIfPresent(formatting, forKey: .formatting)
    }
}
