/// What sort of body a department is.
public enum DepartmentKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// 部 (商务部, 财政部).
    case ministry
    /// 委员会 (发展改革委, 卫生健康委, 证监会).
    case commission
    /// 总局, 署, 国家局 (海关总署, 国家外汇管理局).
    case administration
    /// A local 局 (市场监督管理局, 统计局).
    case bureau
    /// 办公室, 办公厅 (国务院办公厅, 外办, 口岸办).
    case office
    /// 事业单位 (中国科学院, 中国气象局).
    case institution
    /// 人民政府 (国务院, 四川省人民政府).
    case government
    /// A local government department, 厅 or 局 or 委 (四川省商务厅).
    case department
    /// A vertical branch of a central body (成都海关, 国家税务总局四川省税务局).
    case branch
    /// A state enterprise or policy bank (中国出口信用保险公司).
    case enterprise
    /// A people's or mass organisation (侨联, 贸促会, 工商联).
    case organisation
    /// A party body (中共中央办公厅, 省委网信办).
    case party
    /// A collective placeholder (各有关单位, 各地方人民政府).
    case collective
}
