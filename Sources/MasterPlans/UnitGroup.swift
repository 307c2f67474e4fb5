/// A group of units named collectively in a plan rather than one body.
public enum UnitGroup: Sendable, Hashable {
    /// A kind named as a group ("các sở, ban, ngành", "UBND cấp huyện").
    case kind(KindSelector)
    /// The plan's own internal units ("các phòng, ban, đơn vị trực thuộc", "các phòng nghiên cứu").
    case internalUnits
    /// A group too vague to resolve ("các cơ quan, đơn vị có liên quan").
    case unspecified
}
