import ZhengceDepartments

/// One department name written in a seed document, with the entry it must resolve to.
struct SeedNameCase: CustomStringConvertible, Sendable {
    let written: String
    let context: DepartmentContext
    let canonical: String
    let level: DepartmentLevel?
    let region: String?

    var description: String { "\(written) → \(canonical)" }

    static let sichuan = DepartmentContext(level: .provincial, region: "四川省")
    static let shanghai = DepartmentContext(level: .provincial, region: "上海市")
    static let central = DepartmentContext.central

    /// Sichuan 2024 draft action plan: every 责任单位 and the bodies it cites.
    static let sichuanCases: [SeedNameCase] = [
        .init(written: "商务厅", context: sichuan, canonical: "四川省商务厅", level: .provincial, region: "四川省"),
        .init(written: "经济和信息化厅", context: sichuan, canonical: "四川省经济和信息化厅", level: .provincial, region: "四川省"),
        .init(written: "省经济合作局", context: sichuan, canonical: "四川省经济合作局", level: .provincial, region: "四川省"),
        .init(written: "省市场监管局", context: sichuan, canonical: "四川省市场监督管理局", level: .provincial, region: "四川省"),
        .init(written: "科技厅", context: sichuan, canonical: "四川省科学技术厅", level: .provincial, region: "四川省"),
        .init(written: "成都海关", context: sichuan, canonical: "成都海关", level: .provincial, region: "四川省"),
        .init(written: "省发展改革委", context: sichuan, canonical: "四川省发展和改革委员会", level: .provincial, region: "四川省"),
        .init(written: "农业农村厅", context: sichuan, canonical: "四川省农业农村厅", level: .provincial, region: "四川省"),
        .init(written: "文化和旅游厅", context: sichuan, canonical: "四川省文化和旅游厅", level: .provincial, region: "四川省"),
        .init(written: "四川邮政管理局", context: sichuan, canonical: "四川省邮政管理局", level: .provincial, region: "四川省"),
        .init(written: "省侨联", context: sichuan, canonical: "四川省归国华侨联合会", level: .provincial, region: "四川省"),
        .init(written: "省税务局", context: sichuan, canonical: "国家税务总局四川省税务局", level: .provincial, region: "四川省"),
        .init(written: "省外汇管理局", context: sichuan, canonical: "国家外汇管理局四川省分局", level: .provincial, region: "四川省"),
        .init(written: "省政府口岸物流办", context: sichuan, canonical: "四川省人民政府口岸与物流办公室", level: .provincial, region: "四川省"),
        .init(written: "中国铁路成都局集团", context: sichuan, canonical: "中国铁路成都局集团有限公司", level: .provincial, region: "四川省"),
        .init(written: "省机场集团", context: sichuan, canonical: "四川省机场集团有限公司", level: .provincial, region: "四川省"),
        .init(written: "中国人民银行四川省分行", context: sichuan, canonical: "中国人民银行四川省分行", level: .provincial, region: "四川省"),
        .init(written: "中信保四川分公司", context: sichuan, canonical: "中国出口信用保险公司四川分公司", level: .provincial, region: "四川省"),
        .init(written: "民政厅", context: sichuan, canonical: "四川省民政厅", level: .provincial, region: "四川省"),
        .init(written: "教育厅", context: sichuan, canonical: "四川省教育厅", level: .provincial, region: "四川省"),
        .init(written: "四川省商务厅", context: sichuan, canonical: "四川省商务厅", level: .provincial, region: "四川省"),
        .init(written: "四川省人民政府办公厅", context: sichuan, canonical: "四川省人民政府办公厅", level: .provincial, region: "四川省"),
        .init(written: "商务部", context: sichuan, canonical: "商务部", level: .central, region: nil),
    ]

    /// Shanghai 沪商贸发〔2023〕183号: issuers, signature block and every bracketed responsibility list.
    static let shanghaiCases: [SeedNameCase] = [
        .init(written: "上海市商务委员会", context: shanghai, canonical: "上海市商务委员会", level: .provincial, region: "上海市"),
        .init(written: "中华人民共和国上海海关", context: shanghai, canonical: "上海海关", level: .provincial, region: "上海市"),
        .init(written: "国家税务总局上海市税务局", context: shanghai, canonical: "国家税务总局上海市税务局", level: .provincial, region: "上海市"),
        .init(written: "中国人民银行上海分行", context: shanghai, canonical: "中国人民银行上海分行", level: .provincial, region: "上海市"),
        .init(written: "国家外汇管理局上海市分局", context: shanghai, canonical: "国家外汇管理局上海市分局", level: .provincial, region: "上海市"),
        .init(written: "国家外汇管理局上海\n市分局", context: shanghai, canonical: "国家外汇管理局上海市分局", level: .provincial, region: "上海市"),
        .init(written: "外汇局上海市分局", context: shanghai, canonical: "国家外汇管理局上海市分局", level: .provincial, region: "上海市"),
        .init(written: "上海海关", context: shanghai, canonical: "上海海关", level: .provincial, region: "上海市"),
        .init(written: "上海市税务局", context: shanghai, canonical: "国家税务总局上海市税务局", level: .provincial, region: "上海市"),
        .init(written: "市商务委", context: shanghai, canonical: "上海市商务委员会", level: .provincial, region: "上海市"),
        .init(written: "市财政局", context: shanghai, canonical: "上海市财政局", level: .provincial, region: "上海市"),
        .init(written: "中国信保上海分公司", context: shanghai, canonical: "中国出口信用保险公司上海分公司", level: .provincial, region: "上海市"),
        .init(written: "各区人民政府", context: shanghai, canonical: "各区人民政府", level: nil, region: nil),
        .init(written: "中国邮政上海分公司", context: shanghai, canonical: "中国邮政集团有限公司上海市分公司", level: .provincial, region: "上海市"),
        .init(written: "市药品监管局", context: shanghai, canonical: "上海市药品监督管理局", level: .provincial, region: "上海市"),
        .init(written: "临港新片区管委会", context: shanghai, canonical: "中国（上海）自由贸易试验区临港新片区管理委员会", level: .provincial, region: "上海市"),
        .init(written: "上海银保监局", context: shanghai, canonical: "中国银行保险监督管理委员会上海监管局", level: .provincial, region: "上海市"),
        .init(written: "市税务局", context: shanghai, canonical: "国家税务总局上海市税务局", level: .provincial, region: "上海市"),
        .init(written: "人民银行上海分行", context: shanghai, canonical: "中国人民银行上海分行", level: .provincial, region: "上海市"),
        .init(written: "浦东新区政府", context: shanghai, canonical: "上海市浦东新区人民政府", level: .county, region: "上海市"),
        .init(written: "中国进出口银行上海分行", context: shanghai, canonical: "中国进出口银行上海分行", level: .provincial, region: "上海市"),
        .init(written: "市人力资源社会保障局", context: shanghai, canonical: "上海市人力资源和社会保障局", level: .provincial, region: "上海市"),
        .init(written: "市公安局", context: shanghai, canonical: "上海市公安局", level: .provincial, region: "上海市"),
        .init(written: "市政府外办", context: shanghai, canonical: "上海市人民政府外事办公室", level: .provincial, region: "上海市"),
        .init(written: "市政府", context: shanghai, canonical: "上海市人民政府", level: .provincial, region: "上海市"),
    ]

    /// The three national documents: 商贸发〔2024〕125号 signatures (with the spaces of the
    /// signature block), 国办发〔2015〕46号 and 国办发〔2021〕24号 responsibility lists.
    static let nationalCases: [SeedNameCase] = [
        .init(written: "商 务 部", context: central, canonical: "商务部", level: .central, region: nil),
        .init(written: "国家发展改革委", context: central, canonical: "国家发展和改革委员会", level: .central, region: nil),
        .init(written: "财 政 部", context: central, canonical: "财政部", level: .central, region: nil),
        .init(written: "交通运输部", context: central, canonical: "交通运输部", level: .central, region: nil),
        .init(written: "中国人民银行", context: central, canonical: "中国人民银行", level: .central, region: nil),
        .init(written: "海 关 总 署", context: central, canonical: "海关总署", level: .central, region: nil),
        .init(written: "税 务 总 局", context: central, canonical: "国家税务总局", level: .central, region: nil),
        .init(written: "金融监管总局", context: central, canonical: "国家金融监督管理总局", level: .central, region: nil),
        .init(written: "国家网信办", context: central, canonical: "国家互联网信息办公室", level: .central, region: nil),
        .init(written: "国务院办公厅", context: central, canonical: "国务院办公厅", level: .central, region: nil),
        .init(written: "财政部", context: central, canonical: "财政部", level: .central, region: nil),
        .init(written: "税务总局", context: central, canonical: "国家税务总局", level: .central, region: nil),
        .init(written: "国家外汇局", context: central, canonical: "国家外汇管理局", level: .central, region: nil),
        .init(written: "国家药监局", context: central, canonical: "国家药品监督管理局", level: .central, region: nil),
        .init(written: "国家知识产权局", context: central, canonical: "国家知识产权局", level: .central, region: nil),
        .init(written: "中央网信办", context: central, canonical: "国家互联网信息办公室", level: .central, region: nil),
        .init(written: "工业和信息化部", context: central, canonical: "工业和信息化部", level: .central, region: nil),
        .init(written: "人民银行", context: central, canonical: "中国人民银行", level: .central, region: nil),
        .init(written: "市场监管总局", context: central, canonical: "国家市场监督管理总局", level: .central, region: nil),
        .init(written: "银保监会", context: central, canonical: "中国银行保险监督管理委员会", level: .central, region: nil),
        .init(written: "国家邮政局", context: central, canonical: "国家邮政局", level: .central, region: nil),
        .init(written: "外交部", context: central, canonical: "外交部", level: .central, region: nil),
        .init(written: "生态环境部", context: central, canonical: "生态环境部", level: .central, region: nil),
        .init(written: "国家统计局", context: central, canonical: "国家统计局", level: .central, region: nil),
        .init(written: "证监会", context: central, canonical: "中国证券监督管理委员会", level: .central, region: nil),
        .init(written: "进出口银行", context: central, canonical: "中国进出口银行", level: .central, region: nil),
        .init(written: "中国出口信用保险公司", context: central, canonical: "中国出口信用保险公司", level: .central, region: nil),
        .init(written: "中国国家铁路集团有限公司", context: central, canonical: "中国国家铁路集团有限公司", level: .central, region: nil),
        .init(written: "教育部", context: central, canonical: "教育部", level: .central, region: nil),
        .init(written: "民政部", context: central, canonical: "民政部", level: .central, region: nil),
        .init(written: "发展改革委", context: central, canonical: "国家发展和改革委员会", level: .central, region: nil),
        .init(written: "各有关单位", context: central, canonical: "各有关单位", level: nil, region: nil),
        .init(written: "各地方人民政府", context: central, canonical: "各地方人民政府", level: nil, region: nil),
        .init(written: "国务院有关部门", context: central, canonical: "国务院有关部门", level: nil, region: nil),
    ]
}
