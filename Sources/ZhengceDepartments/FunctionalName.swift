/// Names that give a department by its function rather than its name, as laws and
/// regulations do: 省人民政府生态环境主管部门 (the province's own 生态环境厅),
/// 国务院商务主管部门 (商务部), 县级以上人民政府市场监督管理部门 or 税务机关 (every such
/// department: a collective placeholder answering to the central one).
enum FunctionalName {
    /// Endings that mark a function name, longest first.
    static let endings = ["行政管理部门", "行政主管部门", "主管部门", "行政部门", "主管机构", "管理机构", "部门", "机关"]
    /// Prefixes meaning the province of the document.
    static let provincial: Set<String> = ["省", "省人民政府", "本省", "省级", "省级人民政府", "自治区", "自治区人民政府", "省政府"]
    /// Prefixes meaning the city (or municipality) of the document.
    static let municipal: Set<String> = ["市", "市人民政府", "本市", "市级", "市政府"]
    /// Prefixes meaning the central department.
    static let central: Set<String> = ["国务院", "国家", "中央"]
    /// Prefixes meaning such departments at several levels or places.
    static let collective: Set<String> = [
        "", "县级以上人民政府", "县级以上地方人民政府", "县级以上", "县级以上地方各级人民政府", "各级人民政府", "各级",
        "地方各级人民政府", "地方", "各地", "各地区", "设区的市人民政府", "设区的市、县级人民政府", "市、县人民政府",
        "市、县级人民政府", "县级人民政府", "县（市、区）人民政府", "市（州）", "各市（州）", "市（州）人民政府", "有关",
        "各有关", "相关", "上级", "同级", "所在地", "当地", "地方人民政府", "区人民政府", "各区", "区", "县", "乡镇人民政府",
        "上一级", "上一级人民政府", "本级人民政府", "本级", "同级人民政府", "地级以上市人民政府", "地级以上市",
    ]
    /// Endings of a name for "the departments concerned" (县级以上人民政府有关部门).
    static let concerned = ["有关主管部门", "有关部门", "相关部门", "相关主管部门"]

    /// Words that name governments by level or by where they are, not by place (所在地的区、县人民政府,
    /// 设区的市、自治州人民政府, 县或者区人民政府), longest first.
    static let levelWords = ["所在地的", "举行地的", "所在地", "所在", "所属", "不设区的市", "设区的市", "市辖区", "省辖市", "自治县",
                             "自治州", "自治区", "直辖市", "城市", "边境", "或者", "省", "市", "县", "区", "乡", "镇", "、", "（", "）"]

    /// True for a people's government named by levels and relative words alone: the governments concerned.
    static func isLevelGovernment(_ key: String) -> Bool {
        guard key.hasSuffix("人民政府") else { return false }
        var rest = Substring(key.dropLast("人民政府".count))
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard let word = levelWords.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(word.count)
        }
        return true
    }
}

extension DepartmentResolver {
    /// A department named by function, or nil when the name is not of that form.
    func functionalDepartment(_ key: String, in context: DepartmentContext) -> Department? {
        if FunctionalName.isLevelGovernment(key) { return registry.department(named: "各地方人民政府") }
        for ending in FunctionalName.concerned where key.hasSuffix(ending) {
            let prefix = String(key.dropLast(ending.count))
            let known = FunctionalName.collective.union(FunctionalName.provincial).union(FunctionalName.municipal).union(FunctionalName.central)
            if known.contains(prefix) { return registry.department(named: "各有关部门") }
        }
        for ending in FunctionalName.endings where key.hasSuffix(ending) {
            var body = String(key.dropLast(ending.count))
            var several = false
            if body.hasSuffix("等") { body.removeLast(); several = true }
            guard let function = registry.functionWords.first(where: { body.hasSuffix($0.word) }) else { continue }
            let prefix = String(body.dropLast(function.word.count))
            if !several, FunctionalName.central.contains(prefix) {
                return function.central.flatMap(registry.department(named:))
            }
            if !several, FunctionalName.provincial.contains(prefix), let region = context.province ?? context.region {
                if let found = registry.department(template: function.template, region: region) { return found }
            }
            if !several, FunctionalName.municipal.contains(prefix), let region = context.region,
               registry.region(named: region).map({ $0.kind == .city || $0.kind == .municipality }) == true {
                if let found = registry.department(template: function.template, region: region)
                    ?? ruleDepartment(template: function.template, region: region) { return found }
            }
            guard several || FunctionalName.collective.contains(prefix) || FunctionalName.municipal.contains(prefix) else { return nil }
            return Department(name: key, level: nil, region: nil, kind: .collective, counterpart: function.central,
                              source: "rule:function:\(function.template)")
        }
        return nil
    }
}
