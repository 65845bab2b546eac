/// What an article of legislation does, for matching like with like: a penalty article (罚款, 没收, 吊销,
/// 处分, 刑事责任, 通报批评) sanctions an act; a rule article states what must or may be done. A penalty of one text
/// does not take up a rule of another, nor a rule a penalty: the sanction wording of 法律责任 chapters is a
/// template (没收渔获物和违法所得…情节严重的，没收渔具，吊销…) that joins any two of them, and a local penalty
/// for an act the law only forbids is the local text's own (宁波 30 骗取用血费用的处罚 ← 浙江办法 21 on hospitals'
/// use of blood; 杭州 30 投放外来物种的处罚 ← 浙江条例 37 增殖放流).
enum ArticleKind: UInt8, Sendable {
    case rule
    case penalty

    /// Sanction words, in folded content (see `MeasureContent`). 没收 alone is not one: a rule may speak of
    /// animals 没收、移交 to a rescue centre; with 违反 it sanctions.
    static let sanctions: [[UInt16]] = ["罚款", "吊销", "处分", "刑事责任", "拘留", "罚金", "通报批评", "给予警告"].map { Array($0.utf16) }
    static let confiscation = Array("没收".utf16), violation = Array("违反".utf16)

    /// The kind of a measure from its folded content.
    static func of(_ units: [UInt16]) -> ArticleKind { units.withUnsafeBufferPointer { of($0) } }

    /// The kind of a measure from its folded content, read in place (`MeasureIndex.units`).
    static func of(_ units: UnsafeBufferPointer<UInt16>) -> ArticleKind {
        for word in sanctions where UTF16Search.contains(units, word) { return .penalty }
        if UTF16Search.contains(units, confiscation), UTF16Search.contains(units, violation) { return .penalty }
        return .rule
    }
}
