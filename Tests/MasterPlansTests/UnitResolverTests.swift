import Testing
@testable import MasterPlans
import PlanModel

@Suite("UnitResolver")
struct UnitResolverTests {
    let quangTri: UnitResolver
    let quangNgai: UnitResolver

    init() throws {
        quangTri = UnitResolver(registry: try Repo.registry("quang-tri"))
        quangNgai = UnitResolver(registry: try Repo.registry("quang-ngai"))
    }

    /// What each mention resolved to, as short strings: a unit id, "group:<…>" or "?".
    static func summary(_ mentions: [UnitMention]) -> [String] {
        mentions.map { m in
            switch m.match {
            case .unit(let unit): return unit.id
            case .group(.kind(let selector)): return "group:\(selector.rawValue)"
            case .group(.internalUnits): return "group:internal"
            case .group(.unspecified): return "group:unspecified"
            case .unknown: return "?"
            }
        }
    }

    @Test("names, aliases, abbreviations and lists resolve (Quảng Trị)", arguments: [
        ("Sở Nội vụ", ["so-noi-vu"]),
        ("Sở Nội vụ, Sở Tư pháp", ["so-noi-vu", "so-tu-phap"]),
        ("SO NOI VU; so tu phap", ["so-noi-vu", "so-tu-phap"]),
        ("Sở TT&TT", ["so-tttt"]),
        ("Sở Thông tin và Truyền thông", ["so-tttt"]),
        ("VP UBND tỉnh, VPUB", ["vp-ubnd-tinh", "vp-ubnd-tinh"]),
        ("Văn phòng Ủy ban nhân dân tỉnh", ["vp-ubnd-tinh"]),
        ("Sở Kế hoạch và Đầu tư", ["so-khdt"]),
        ("Sở Giáo dục và Đào tạo và Sở Y tế", ["so-gddt", "so-y-te"]),
        ("Các Sở: Kế hoạch và Đầu tư, Tài chính, Nội vụ", ["so-khdt", "so-tai-chinh", "so-noi-vu"]),
        ("Báo Quảng Trị, Đài PT-TH tỉnh", ["bao-quang-tri", "dai-ptth"]),
        ("Dai Phat thanh va Truyen hinh tinh", ["dai-ptth"]),
        ("UBND huyện Cam Lộ", ["ubnd-cam-lo"]),
        ("Ủy ban nhân dân thành phố Đông Hà", ["ubnd-dong-ha"]),
        ("Các sở, ban, ngành; UBND cấp huyện", ["group:so-ban-nganh", "group:ubnd-huyen"]),
        ("UBND các huyện, thị xã, thành phố", ["group:ubnd-huyen"]),
        ("UBND các xã, phường, thị trấn", ["group:ubnd-xa"]),
        ("Các phòng, ban, đơn vị trực thuộc", ["group:internal"]),
        ("Các cơ quan, đơn vị có liên quan", ["group:unspecified"]),
        ("Phòng Nội vụ, Phòng Tư pháp", ["phong-noi-vu-huyen", "phong-tu-phap-huyen"]),
        ("Trung tâm PVHCC tỉnh", ["trung-tam-pvhcc"]),
        ("Sở Tư pháp tỉnh Quảng Trị", ["so-tu-phap"]),
        ("Cơ quan soạn thảo; Sở Tư pháp", ["group:unspecified", "so-tu-phap"]),
    ])
    func resolvesQuangTri(text: String, expected: [String]) {
        #expect(Self.summary(quangTri.resolve(text)) == expected)
    }

    @Test("names of the Quảng Ngãi plans resolve", arguments: [
        ("Phòng Hành chính - Quản trị", ["phong-hcqt"]),
        ("Trung tâm Phục vụ - Kiểm soát thủ tục hành chính; Trung tâm Công báo và Tin học", ["trung-tam-pv-kstthc", "trung-tam-cbth"]),
        ("Trung tâm Phục vụ - Kiểm soát TTHC tỉnh", ["trung-tam-pv-kstthc"]),
        ("Các phòng nghiên cứu, Trung tâm Phục vụ - Kiểm soát thủ tục hành chính.", ["group:internal", "trung-tam-pv-kstthc"]),
        ("Van phong Ban", ["van-phong-ban-dan-toc"]),
        ("Các Sở: Nội vụ, Tư pháp, Thông tin và Truyền thông, Khoa học và CN, Tài chính", ["so-noi-vu", "so-tu-phap", "so-tttt", "so-khcn", "so-tai-chinh"]),
        ("Trung tâm phục vụ - Kiểm soát TTHC tỉnh", ["trung-tam-pv-kstthc"]),
    ])
    func resolvesQuangNgai(text: String, expected: [String]) {
        #expect(Self.summary(quangNgai.resolve(text)) == expected)
    }

    @Test("mentions keep their place in the text")
    func ranges() {
        let text = "Sở Nội vụ, Sở Tư pháp"
        let mentions = quangTri.resolve(text)
        #expect(mentions.map(\.text) == ["Sở Nội vụ", "Sở Tư pháp"])
        #expect(mentions.map(\.scalarRange) == [0..<9, 11..<21])
    }

    @Test("an unknown agency gets the closest known names")
    func unknownAgency() throws {
        let mentions = quangTri.resolve("Sở Thông tin và Truyền hình; Sở Nội vụ")
        #expect(Self.summary(mentions) == ["?", "so-noi-vu"])
        guard case .unknown(let closest, let looksInternal) = mentions[0].match else { Issue.record("not unknown"); return }
        #expect(!looksInternal)
        #expect(closest.first?.unit.id == "so-tttt")
        #expect((closest.first?.score ?? 0) > 0.75)
    }

    @Test("OCR-damaged names are unknown but point at the right unit", arguments: [
        ("S& Tix pháp", "so-tu-phap"), ("SO Nivii", "so-noi-vu"), ("Van phong UBND tjnh", "vp-ubnd-tinh"),
    ])
    func ocrDamage(text: String, expected: String) {
        let mention = quangTri.resolve(text).first
        guard case .unknown(let closest, _)? = mention?.match else { Issue.record("expected unknown for \(text)"); return }
        #expect(closest.first?.unit.id == expected)
    }

    @Test("an internal office the registry does not list is shaped internal, and keeps its comma")
    func internalOffice() {
        let mentions = quangTri.resolve("Phòng Phổ biến, giáo dục pháp luật; Thanh tra Sở")
        #expect(mentions.count == 2)
        #expect(mentions.first?.text == "Phòng Phổ biến, giáo dục pháp luật")
        for m in mentions {
            guard case .unknown(_, let looksInternal) = m.match else { Issue.record("\(m.text) resolved"); continue }
            #expect(looksInternal)
        }
    }

    @Test("validity by date", arguments: [
        ("UBND huyện Cam Lộ", Build.date(30, 6, 2025), false),
        ("UBND huyện Cam Lộ", Build.date(1, 7, 2025), true),
        ("UBND cấp huyện", Build.date(1, 7, 2025), true),
        ("Phòng Nội vụ", Build.date(15, 8, 2025), true),
        ("Sở Tư pháp", Build.date(15, 8, 2025), false),
        ("Sở TT&TT", Build.date(15, 8, 2025), true),
        ("UBND cấp xã", Build.date(15, 8, 2025), false),
        ("UBND xã", Build.date(15, 8, 2025), false),
        ("Tư pháp xã", Build.date(15, 8, 2025), false),
    ])
    func validity(text: String, date: CivilDate, ceased: Bool) throws {
        let mention = try #require(quangTri.resolve(text, on: date).first)
        #expect(mention.ceased == ceased)
        if ceased { #expect(mention.ceasedBy?.confirmed == true) }
    }

    @Test("an unconfirmed end date is marked so")
    func unconfirmed() throws {
        let mention = try #require(quangNgai.resolve("Ban Dân tộc tỉnh", on: Build.date(1, 9, 2025)).first)
        #expect(mention.ceased)
        #expect(mention.ceasedBy?.confirmed == false)
    }

    @Test("issuer from the header", arguments: [
        ("quang-tri", "SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "so-tu-phap"),
        ("quang-tri", "HUYỆN CAM LỘ", "ỦY BAN NHÂN DÂN", "ubnd-cam-lo"),
        ("quang-tri", "UY BAN NHAN DAN", "TINH QUANG TRI", "ubnd-tinh"),
        ("quang-ngai", "VĂN PHÒNG", "UBND TỈNH QUẢNG NGÃI", "vp-ubnd-tinh"),
        ("quang-ngai", "BAN DÂN TỘC", "UBND TỈNH QUẢNG NGÃI", "ban-dan-toc"),
    ])
    func issuer(province: String, issuer: String, parent: String, expected: String) {
        let resolver = province == "quang-tri" ? quangTri : quangNgai
        #expect(resolver.resolveIssuer(issuer, parent: parent).unit?.id == expected)
    }

    @Test("an OCR-damaged issuer is not guessed; the closest names are offered")
    func damagedIssuer() {
        let result = quangNgai.resolveIssuer("BAN DAN TQC", parent: "UBND TINH QUANG NGAlI")
        #expect(result.unit == nil)
        #expect(result.closest.first?.unit.id == "ban-dan-toc")
    }

    @Test("damaged or hostile input gives a result, never a crash", arguments: [
        "", ",,,;;", "Sở:", "Các Sở:", "các", "UBND", "Ủy ban nhân dân các", "\u{0301}\u{0301}", "Sở: ; Sở:",
        "Phòng", "Phòng ,", "cơ quan", "và và và", "ƣƣƣ", "Sở Nội vụ\u{0000}Sở Tư pháp",
    ])
    func hostile(text: String) {
        for mention in quangTri.resolve(text, on: Build.date(1, 1, 2026)) {
            #expect(mention.scalarRange.lowerBound < mention.scalarRange.upperBound)
        }
        _ = quangTri.resolveIssuer(text, parent: text)
    }

    @Test("a very long list resolves in linear time")
    func longList() {
        let text = Array(repeating: "Sở Nội vụ, Phòng Phổ biến, giáo dục pháp luật; các phòng, ban, đơn vị", count: 2_000)
            .joined(separator: "; ")
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = quangTri.resolve(text).count }
        #expect(count == 6_000)
        #expect(elapsed < .seconds(5))
    }
}
