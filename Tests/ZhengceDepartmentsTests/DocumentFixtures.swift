import ZhengceDocument

/// Small documents built in code, with responsibility clauses as a parser writes them.
enum DocumentFixtures {
    /// A measure with `names` responsible; the first is the lead unless `leads` says otherwise.
    static func measure(_ document: String, _ number: Int, _ title: String, _ names: [String], leads: Set<String>? = nil) -> Measure {
        let responsible = names.enumerated().map { index, name in
            let lead = leads.map { $0.contains(name) } ?? (index == 0)
            let start = number * 100 + index   // distinct, checkable offsets
            return Responsibility(name: name, role: lead ? .lead : .participant, roleInferred: leads == nil,
                                  start: start, end: start + name.utf16.count)
        }
        return Measure(id: "\(document)/\(number)", provision: number - 1, label: "\(number).", path: ["\(number)."],
                       title: title, text: title, start: 0, end: 0, responsible: responsible)
    }

    static func document(_ id: String, level: DocumentLevel? = nil, region: String? = nil, issuers: [String] = [],
                         measures: [Measure]) -> PolicyDocument {
        PolicyDocument(id: id, title: id, issuers: issuers, level: level, region: region,
                       source: SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""),
                       text: "", measures: measures)
    }

    /// A provincial plan of Sichuan, written as the 2024 draft writes its 责任单位.
    static let sichuan = document("sichuan", level: .provincial, region: "四川省", measures: [
        measure("sichuan", 1, "引导传统企业试水转型", ["商务厅", "经济和信息化厅"]),
        measure("sichuan", 2, "分类培育主体队伍", ["商务厅", "经济和信息化厅", "省经济合作局", "省市场监管局"]),
        measure("sichuan", 16, "用好用活税收政策", ["省税务局", "成都海关"]),
        measure("sichuan", 21, "构建人才孵化培养体系", ["商务厅", "教育厅", "四川外贸创新发展职教集团"]),
    ])

    /// A Shanghai plan with no region given: the issuers tell it.
    static let shanghai = document("shanghai", issuers: ["上海市商务委员会", "中华人民共和国上海海关", "国家税务总局上海市税务局"], measures: [
        measure("shanghai", 1, "加快集聚跨境电商主体", ["市商务委", "市财政局", "中国信保上海分公司"]),
        measure("shanghai", 12, "提升通关便利化水平", ["上海海关"]),
        measure("shanghai", 13, "加快落实税收政策", ["市税务局", "上海海关", "市商务委"]),
    ])

    /// A State Council document with stated lead roles.
    static let national = document("national", level: .national, issuers: ["国务院办公厅"], measures: [
        measure("national", 5, "完善跨境电商发展支持政策", ["商务部", "财政部", "海关总署", "税务总局", "国家外汇局"], leads: ["商务部"]),
        measure("national", 17, "落实财税政策", ["财政部", "商务部", "税务总局"], leads: []),
        measure("national", 25, "做好宣传推广", ["商务部", "各地方人民政府", "各有关单位"], leads: ["商务部"]),
    ])
}
