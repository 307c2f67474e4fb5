/// The one registry of check kinds: a new kind is one file plus one line here.
public enum CheckKinds {
    public static let all: [any CheckKind.Type] = [
        RequireCheck.self,
        MatchCheck.self,
        ForbidCheck.self,
        DistinctCheck.self,
        SequenceCheck.self,
        HeaderCheck.self,
        QualityCheck.self,
        YearCheck.self,
        DeadlineCheck.self,
        ReferenceCheck.self,
        CiteCheck.self,
        CoverCheck.self,
        UnitCheck.self,
        LayoutCheck.self,
    ]

    static let byName: [String: any CheckKind.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
