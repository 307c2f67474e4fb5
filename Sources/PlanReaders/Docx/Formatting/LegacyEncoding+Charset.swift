import PlanModel
import VietnameseText

extension LegacyEncoding {
    init(_ charset: LegacyCharset) {
        switch charset {
        case .tcvn3: self = .tcvn3
        case .vni: self = .vni
        }
    }

    var charset: LegacyCharset {
        switch self {
        case .tcvn3: return .tcvn3
        case .vni: return .vni
        }
    }
}
