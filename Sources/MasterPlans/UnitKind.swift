/// What sort of body a unit is; decides which obligations it owes by kind.
public enum UnitKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// Ủy ban nhân dân tỉnh.
    case ubndTinh = "ubnd-tinh"
    /// Văn phòng UBND tỉnh (a cơ quan chuyên môn, so it owes what the sở, ban, ngành owe).
    case vanPhongUBND = "van-phong-ubnd"
    /// Sở.
    case so
    /// Ban thuộc UBND tỉnh (Ban Dân tộc).
    case ban
    /// Another body under the UBND tỉnh (Ban Quản lý khu kinh tế …).
    case coQuanThuocUBND = "co-quan-thuoc-ubnd"
    /// UBND huyện, thị xã, thành phố thuộc tỉnh.
    case ubndHuyen = "ubnd-huyen"
    /// UBND xã, phường, thị trấn.
    case ubndXa = "ubnd-xa"
    /// Phòng, văn phòng, thanh tra inside a unit.
    case phongThuoc = "phong-thuoc"
    /// Trung tâm, chi cục inside a unit.
    case donViThuoc = "don-vi-thuoc"
    /// A working group (tổ).
    case toCongTac = "to-cong-tac"
    /// The province's newspaper or broadcaster.
    case baoDai = "bao-dai"
    /// A central agency's local office (Cục Thuế, Kho bạc).
    case coQuanTrungUong = "co-quan-trung-uong"
    /// A public service unit under the UBND tỉnh.
    case donViSuNghiep = "don-vi-su-nghiep"
}
