/// Names that give a department by its function rather than its name, as laws and
/// regulations do: 省人民政府生态环境主管部门 (the province's own 生态环境厅),
/// 国务院商务主管部门 (商务部), 县级以上人民政府市场监督管理部门 or 税务机关 (every such
/// department: a collective placeholder answering to the central one).
enum FunctionalName {
    /// Endings that mark a function name, longest first.
    static let endings = ["行政管理部门", "行政主管部门", "主管部门", "行政部门", "主管机构", "管理机构", "部门", "机关"]
    /// Functions whose bodies laws call 机构 (县级以上人民政府统计机构, 消防救援机构, 社会保险经办机构, the regulators of
    /// 证券法, 保险法 and 企业国有资产法: 国务院证券监督管理机构, 国有资产监督管理机构); for the others X机构 names
    /// institutions of the sector (教育机构, 医疗卫生机构), not its department.
    static let institutionFunctions = ["统计", "消防救援", "动物卫生监督", "社会保险经办", "检验检疫", "证券监督管理", "期货监督管理",
                                       "银行业监督管理", "保险监督管理", "国有资产监督管理"]

    /// The endings to try on `key`: `endings`, and 机构 after a function of `institutionFunctions`.
    static func endings(of key: String) -> [String] {
        let body = key.dropLast(2)
        return key.hasSuffix("机构") && institutionFunctions.contains(where: { body.hasSuffix($0) }) ? endings + ["机构"] : endings
    }

    /// Prefixes meaning the province of the document.
    static let provincial: Set<String> = ["省", "省人民政府", "本省", "省级", "省级人民政府", "自治区", "自治区人民政府", "省政府"]
    /// Prefixes meaning the city (or municipality) of the document.
    static let municipal: Set<String> = ["市", "市人民政府", "本市", "市级", "市政府"]
    /// Prefixes meaning the central department.
    static let central: Set<String> = ["国务院", "国家", "中央"]
    /// Prefixes naming the province, the city or the centre (made once: every name a resolver reads may ask).
    static let placePrefixes = provincial.union(municipal).union(central)
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
    /// Endings of a body's kind that a relative word before makes the bodies concerned (有关管理部门, 其他有关机关).
    static let concernedEndings = ["部门", "机关"]

    /// Words that name governments by level or by where they are, not by place (所在地的区、县人民政府,
    /// 设区的市、自治州人民政府, 县或者区人民政府), longest first.
    static let levelWords = ["所在地的", "举行地的", "所在地", "所在", "所属", "不设区的市", "设区的市", "市辖区", "省辖市", "自治县",
                             "自治州", "自治区", "直辖市", "城市", "边境", "或者", "省", "市", "县", "区", "乡", "镇", "、", "（", "）"]

    /// True for a people's government named by levels and relative words alone: the governments concerned
    /// (所在地的区、县人民政府, 有关县级以上地方人民政府, 相关区人民政府).
    static func isLevelGovernment(_ key: String) -> Bool {
        guard key.hasSuffix("人民政府") else { return false }
        let rest = key.dropLast("人民政府".count)
        return !rest.isEmpty && isLevels(rest)
    }

    /// True when `words` is made of level and relative words only (省、自治区、直辖市, 上级, 城市、县, 有关县级以上地方).
    static func isLevels(_ words: Substring) -> Bool {
        var rest = words
        // 湿地所在地县（区）, 户籍所在地的乡（镇）: the levels of the place where something is.
        if let place = rest.range(of: "所在地") {
            rest = rest[place.upperBound...]
            if rest.hasPrefix("的") { rest = rest.dropFirst() }
            if rest.isEmpty { return true }
        }
        if let word = relativeWords.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(word.count) }
        while !rest.isEmpty {
            guard let word = levelWords.first(where: { rest.hasPrefix($0) }) ?? rankWords.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(word.count)
        }
        return true
    }

    /// Words before levels that make them relative (有关县级以上地方人民政府, 相关区人民政府).
    static let relativeWords = ["其他有关", "其他相关", "有关", "相关", "其他", "各"]
    /// Words of rank (县级以上, 省级以上, 上一级, 同级, 地方各级).
    static let rankWords = ["级以上", "以上", "上一级", "上级", "同级", "本级", "各级", "地方", "级"]

    /// True for the words before a function that name governments at several levels or places, not one
    /// (县级以上人民政府, 上级人民政府, 城市、县人民政府, 省、自治区、直辖市人民政府, 政府, 人民政府): such departments are a
    /// collective answering to the central one.
    static func isCollectivePrefix(_ prefix: String) -> Bool {
        if collective.contains(prefix) { return true }
        var body = Substring(prefix)
        for government in ["人民政府", "政府"] where body.hasSuffix(government) {
            body = body.dropLast(government.count)
            break
        }
        return body.isEmpty || isLevels(body)
    }
}

extension DepartmentResolver {
    /// A department named by function, or nil when the name is not of that form.
    func functionalDepartment(_ key: String, in context: DepartmentContext) -> Department? {
        if FunctionalName.isLevelGovernment(key) { return registry.department(named: "各地方人民政府") }
        for ending in FunctionalName.concerned where key.hasSuffix(ending) {
            var prefix = String(key.dropLast(ending.count))
            // 国务院其他有关部门: the others concerned are still those concerned.
            if prefix.hasSuffix("其他") { prefix.removeLast(2) }
            if FunctionalName.placePrefixes.contains(prefix) || FunctionalName.isCollectivePrefix(prefix) {
                return registry.department(named: "各有关部门")
            }
        }
        for ending in FunctionalName.endings(of: key) where key.hasSuffix(ending) {
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
            guard several || FunctionalName.isCollectivePrefix(prefix) || FunctionalName.municipal.contains(prefix) else { return nil }
            return Department(name: key, level: nil, region: nil, kind: .collective, counterpart: function.central,
                              source: "rule:function:\(function.template)")
        }
        // 有关管理部门, 相关行政主管部门, 其他负有安全生产监督管理职责的部门, 其他有关机关: bodies concerned, named by no function
        // the registry knows.
        if FunctionalName.relativeWords.contains(where: { key.hasPrefix($0) }), FunctionalName.concernedEndings.contains(where: { key.hasSuffix($0) }) {
            return registry.department(named: "各有关部门")
        }
        return nil
    }
}
