/// A group of units named by kind in a master plan ("các sở, ban, ngành", "UBND cấp huyện").
///
/// Obligations name their lead and coordinating agencies either by unit id or by one of these;
/// the selector decides which units owe the obligation.
public enum KindSelector: String, Sendable, Codable, Hashable, CaseIterable {
    /// Các sở, ban, ngành: sở, ban, the Văn phòng UBND tỉnh and other bodies under the UBND tỉnh.
    case soBanNganh = "so-ban-nganh"
    /// Only the sở.
    case so
    /// Only the ban.
    case ban
    /// UBND cấp huyện.
    case ubndHuyen = "ubnd-huyen"
    /// UBND cấp xã.
    case ubndXa = "ubnd-xa"
    /// Báo, đài of the province.
    case baoDai = "bao-dai"
    /// Central agencies' local offices.
    case coQuanTrungUong = "co-quan-trung-uong"
    /// Public service units under the UBND tỉnh.
    case donViSuNghiep = "don-vi-su-nghiep"

    /// The unit kinds the selector covers.
    public var kinds: Set<UnitKind> {
        switch self {
        case .soBanNganh: return [.so, .ban, .vanPhongUBND, .coQuanThuocUBND]
        case .so: return [.so]
        case .ban: return [.ban]
        case .ubndHuyen: return [.ubndHuyen]
        case .ubndXa: return [.ubndXa]
        case .baoDai: return [.baoDai]
        case .coQuanTrungUong: return [.coQuanTrungUong]
        case .donViSuNghiep: return [.donViSuNghiep]
        }
    }

    /// Whether a unit of `kind` is one of the group.
    public func includes(_ kind: UnitKind) -> Bool { kinds.contains(kind) }

    /// Vietnamese wording for messages ("các sở, ban, ngành").
    public var vietnameseName: String {
        switch self {
        case .soBanNganh: return "các sở, ban, ngành"
        case .so: return "các sở"
        case .ban: return "các ban"
        case .ubndHuyen: return "UBND cấp huyện"
        case .ubndXa: return "UBND cấp xã"
        case .baoDai: return "báo, đài"
        case .coQuanTrungUong: return "các cơ quan Trung ương đóng trên địa bàn"
        case .donViSuNghiep: return "các đơn vị sự nghiệp"
        }
    }
}
