import PlanModel

/// Checks a plan's citations, alone, against each other, and against the catalogue.
///
/// Pure: the same citations, plan date and catalogue give the same problems, in the
/// order of the citations. The rules engine decides which kinds to report and how.
public enum ReferenceAnalysis {
    /// Every problem found in `refs`, a plan's citations in reading order.
    ///
    /// - Parameters:
    ///   - planDate: the plan's date of issue; checks that need it are skipped when nil,
    ///     and the catalogue's status is then taken as of its latest knowledge.
    ///   - catalog: checks against the catalogue are skipped when nil.
    public static func problems(in refs: [LegalReference], planDate: CivilDate?,
                                catalog: LegalCatalog?) -> [ReferenceProblem] {
        var problems: [ReferenceProblem] = []
        let eras = eraYears(of: refs)
        for (index, ref) in refs.enumerated() {
            problems += ownProblems(of: ref, at: index, planDate: planDate, eraYear: eras[index])
            if let catalog { problems += catalogProblems(of: ref, at: index, planDate: planDate, catalog: catalog) }
        }
        problems += repeatedCitationProblems(in: refs)
        return problems.sorted { ($0.referenceIndex, order($0.kind)) < ($1.referenceIndex, order($1.kind)) }
    }

    private static func order(_ kind: ReferenceProblem.Kind) -> Int {
        ReferenceProblem.Kind.allCases.firstIndex(of: kind) ?? 0
    }

    // MARK: - One citation alone

    private static func ownProblems(of ref: LegalReference, at index: Int, planDate: CivilDate?,
                                    eraYear: Int?) -> [ReferenceProblem] {
        var problems: [ReferenceProblem] = []
        func report(_ kind: ReferenceProblem.Kind, _ arguments: [String: String]) {
            problems.append(ReferenceProblem(kind: kind, referenceIndex: index,
                                             arguments: arguments.merging(["symbol": ref.symbol]) { a, _ in a }))
        }
        // Symbols issued before the rules of Thông tư liên tịch 55/2005/TTLT-BNV-VPCP
        // ("74/CP", "769/TTg", "24/LB-TT") are right as their time wrote them.
        let modern = eraYear.map { $0 >= SymbolConventions.modernSince } ?? true

        if modern, let typeWord = ref.typeWord, let expected = LegalDocumentTypes.expectedCodes[typeWord],
           !SymbolConventions.agrees(typeWord: typeWord, with: ref) {
            let expectedCode = typeWord == "Công văn" ? "" : expected.joined(separator: " / ")
            // What stands where the type code belongs ("NĐCP" in "118/2025/NĐCP"), for the message.
            let written = ref.typeCode ?? ref.issuerCode?.split(separator: "-").first.map(String.init) ?? ""
            var arguments = ["typeWord": typeWord, "typeCode": ref.typeCode ?? "", "expectedCode": expectedCode,
                             "writtenCode": written]
            if let fixed = SymbolConventions.unglued(ref, expected: expected) { arguments["suggestedSymbol"] = fixed }
            report(.typeWordMismatch, arguments)
        }

        if ref.shape == .normative, !ref.dateIsInferred, let year = ref.yearSegment, let date = ref.date, date.year != year {
            report(.yearSegmentMismatch, ["yearSegment": String(year), "date": date.vietnamese,
                                          "dateYear": String(date.year)])
        }

        if modern, ref.shape == .administrative, isNormative(ref) {
            var arguments: [String: String] = [:]
            if let typeWord = ref.typeWord { arguments["typeWord"] = typeWord }
            if let date = ref.date {
                let tail = [ref.typeCode, ref.issuerCode].compactMap { $0 }.joined(separator: "-")
                arguments["suggestedSymbol"] = "\(ref.number)/\(date.year)/\(tail)"
            }
            report(.missingYearSegment, arguments)
        }

        if let date = ref.date, !ref.dateIsInferred {
            if !date.isValid {
                report(.invalidDate, ["dateText": ref.dateText ?? date.vietnamese])
            } else if let planDate, date > planDate {
                report(.dateAfterPlan, ["date": date.vietnamese, "planDate": planDate.vietnamese])
            }
        }
        return problems
    }

    /// The year that decides which conventions a citation's symbol follows: its own date
    /// or year, else its year segment, else the date of another citation of the same symbol.
    private static func eraYears(of refs: [LegalReference]) -> [Int?] {
        var known: [LegalSymbolKey: Int] = [:]
        for ref in refs {
            if let year = ref.issueYear ?? ref.yearSegment { known[LegalSymbolKey(ref.symbol)] = known[LegalSymbolKey(ref.symbol)] ?? year }
        }
        return refs.map { $0.issueYear ?? $0.yearSegment ?? known[LegalSymbolKey($0.symbol)] }
    }

    /// Whether the citation names a normative document, which must carry a year segment.
    private static func isNormative(_ ref: LegalReference) -> Bool {
        if ref.issuerCode.map(IssuerCodes.isLegislature) == true, ref.typeCode == nil { return true }
        if let typeWord = ref.typeWord, LegalDocumentTypes.normativeTypeWords.contains(typeWord) { return true }
        if let code = ref.typeCode { return LegalDocumentTypes.normativeTypeCodes.contains(code) }
        return false
    }

    // MARK: - Citations of the same document

    private static func repeatedCitationProblems(in refs: [LegalReference]) -> [ReferenceProblem] {
        var problems: [ReferenceProblem] = []
        var mentions: [LegalSymbolKey: [Int]] = [:]
        var order: [LegalSymbolKey] = []
        // A law named without a symbol may be an older law of the same name: not grouped.
        for (index, ref) in refs.enumerated() where ref.shape != .named {
            let key = LegalSymbolKey(ref.symbol)
            if mentions[key] == nil { order.append(key) }
            mentions[key, default: []].append(index)
        }
        for key in order {
            let indices = mentions[key]!
            let dated = indices.filter { refs[$0].date != nil && !refs[$0].dateIsInferred }
            if let first = dated.first {
                let firstDate = refs[first].date!
                for later in dated.dropFirst() where refs[later].date! != firstDate {
                    let arguments = ["symbol": refs[later].symbol, "date": refs[later].date!.vietnamese,
                                     "otherDate": firstDate.vietnamese]
                    problems.append(ReferenceProblem(kind: .conflictingDates, referenceIndex: later,
                                                     relatedIndex: first, arguments: arguments))
                }
            }
            let firstMention = indices[0]
            if refs[firstMention].shape == .administrative, refs[firstMention].date == nil,
               refs[firstMention].issueYear == nil, SymbolConventions.needsDate(refs[firstMention]) {
                var arguments = ["symbol": refs[firstMention].symbol]
                if let laterDated = dated.first { arguments["date"] = refs[laterDated].date!.vietnamese }
                problems.append(ReferenceProblem(kind: .firstCitationWithoutDate, referenceIndex: firstMention,
                                                 relatedIndex: dated.first, arguments: arguments))
            }
        }
        return problems
    }

    // MARK: - Against the catalogue

    private static func catalogProblems(of ref: LegalReference, at index: Int, planDate: CivilDate?,
                                        catalog: LegalCatalog) -> [ReferenceProblem] {
        guard let entry = catalog.entry(for: ref) else { return [] }
        var problems: [ReferenceProblem] = []
        var base = ["symbol": ref.symbol]
        if let title = entry.title { base["title"] = title }

        if let cited = ref.date, cited.isValid, !ref.dateIsInferred, let recorded = entry.date, cited != recorded {
            problems.append(ReferenceProblem(kind: .catalogDateMismatch, referenceIndex: index, arguments: base.merging(
                ["date": cited.vietnamese, "catalogDate": recorded.vietnamese]) { a, _ in a }))
        }

        switch catalog.status(of: entry, asOf: planDate) {
        case .inForce:
            break
        case .expired(let day):
            problems.append(ReferenceProblem(kind: .expired, referenceIndex: index,
                                             arguments: base.merging(["expiredOn": day.vietnamese]) { a, _ in a }))
        case .replaced(let succession), .replacementUnconfirmed(let succession):
            var arguments = base
            arguments["successor"] = succession.successor
            arguments["source"] = succession.source
            if let effective = succession.effective { arguments["effective"] = effective.vietnamese }
            if let title = catalog.entry(forSymbol: succession.successor)?.title { arguments["successorTitle"] = title }
            if let current = catalog.currentSuccessor(of: succession, asOf: planDate) {
                arguments["currentSuccessor"] = current
            }
            problems.append(ReferenceProblem(kind: succession.confirmed ? .replaced : .replacementUnconfirmed,
                                             referenceIndex: index, arguments: arguments))
        }
        return problems
    }
}
