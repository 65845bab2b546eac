import ZhengceText

/// Heuristics for names of government bodies and units as they appear in responsibility
/// clauses and signature blocks (商务部, 成都海关, 市商务委, 各区人民政府, 中国信保上海分公司 …).
enum OrganizationName {
    private static let suffixes: [String] = [
        "人民政府", "政府", "办公厅", "办公室", "委员会", "管委会", "分公司", "公司", "集团", "中心", "单位", "部门", "机构",
        "海关", "总署", "总局", "分局", "分行", "银行", "侨联", "工会", "妇联", "团委", "科协", "残联", "法院", "检察院",
        "协会", "商会", "学会", "联合会", "中央", "工商联", "总社", "研究院", "大学", "学院", "总行", "支行", "办", "部", "委", "局", "厅", "署", "院", "会",
        "处", "室", "所", "司", "社", "联", "站", "馆", "队", "军", "府", "校", "台", "关",
    ]
    private static let suffixUnits: [[UInt16]] = suffixes.map(u16)
    private static let collectivePrefixes = ["各", "有关", "相关", "其他"]

    /// True when `name` (spaces already folded) reads like the name of a body or unit.
    static func looksLikeOrganization(_ name: String) -> Bool {
        let units = UnitText(name)
        guard units.count >= 2, units.count <= 32, !collectivePrefixes.contains(name) else { return false }
        var han = 0
        for u in units.units {
            if CharClass.isHan(u) { han += 1; continue }
            if CharClass.isLatin(u) || CharClass.isDigit(u) { continue }
            if "（）()·".utf16.contains(u) { continue }
            return false
        }
        guard han >= 2, !verbEndings.contains(where: { name.hasSuffix($0) }) else { return false }
        return suffixUnits.contains { s in units.matches(s, at: units.count - s.count) }
    }

    /// Verbs that end as a name does (签署 as 海关总署, 承办 as 办): 总理签署, 国务院法制机构承办 are no names.
    private static let verbEndings = ["签署", "部署", "承办", "主办", "协办", "督办", "交办", "举办", "开办", "创办", "兴办", "查办", "代办"]

    /// Last UTF-16 units of the known suffixes: a cheap test before building a candidate name.
    static let suffixLastUnits = UnitSet(units: suffixUnits.compactMap(\.last))

    /// True for collective placeholders: 各有关单位, 各地方人民政府, 有关部门, 各区人民政府 …
    static func isCollective(_ name: String) -> Bool {
        collectivePrefixes.contains { name.hasPrefix($0) }
    }

    /// The name with spaces between CJK characters removed ("商 务 部" → "商务部").
    static func fold(_ name: String) -> String {
        MatchKey.fold(name).trimmedText
    }
}
