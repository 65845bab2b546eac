/// One dated step in a legislative text's history, as its header states it
/// (`2018年8月31日第十三届全国人民代表大会常务委员会第五次会议通过`).
public struct LegislativeEvent: Codable, Sendable, Hashable {
    /// What happened on that date.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// 通过: adopted by a congress, its standing committee or an executive meeting.
        case adopted
        /// 批准: approved by a higher congress (a city's regulation approved by the province).
        case approved
        /// 公布 / 发布: promulgated, usually by an order (国务院令第722号, 主席令第N号) or a 公告.
        case promulgated
        /// 施行: entry into force.
        case effective
        /// 修正: amended by a decision (a version of the text).
        case amended
        /// 修订: revised as a whole (a version of the text).
        case revised
    }

    /// What happened.
    public var kind: Kind
    /// The date, ISO yyyy-MM-dd.
    public var date: String
    /// The body that acted, as written (第十三届全国人民代表大会常务委员会第五次会议, 国务院第66次常务会议), if named.
    public var body: String?
    /// The order or announcement that promulgated the text (国务院令第722号, 主席令第31号), if named: on a
    /// promulgation, or on a revision or amendment made by an order (国务院令第696号修订).
    public var number: String?
    /// The clause of the header this was read from, as written.
    public var text: String

    /// An event of `kind` on `date`.
    public init(kind: Kind, date: String, body: String? = nil, number: String? = nil, text: String) {
        self.kind = kind; self.date = date; self.body = body; self.number = number; self.text = text
    }

    /// True for the steps that make a version of the text (adoption, approval, promulgation, amendment, revision).
    public var makesVersion: Bool { kind != .effective }
}
