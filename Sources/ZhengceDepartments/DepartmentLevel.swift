import ZhengceDocument

/// The administrative level of a department.
public enum DepartmentLevel: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// State Council, ministries, central party and people's organisations, central enterprises.
    case central
    /// Provinces, autonomous regions, municipalities directly under the central government.
    case provincial
    /// Cities (prefecture-level and sub-provincial).
    case municipal
    /// Counties and districts.
    case county

    /// The department level that matches a document level (national → central).
    public init(_ level: DocumentLevel) {
        switch level {
        case .national: self = .central
        case .provincial: self = .provincial
        case .municipal: self = .municipal
        case .county: self = .county
        }
    }

    /// Orders from the top down: central < provincial < municipal < county.
    public static func < (lhs: DepartmentLevel, rhs: DepartmentLevel) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .central: return 0
        case .provincial: return 1
        case .municipal: return 2
        case .county: return 3
        }
    }
}
