/// Numbers written in Chinese numerals: 十二 → 12, 一百零五 → 105, and year-style digit runs 二〇二一 → 2021.
/// The one reading of them for 发文字号 years and article numbers (第十二条).
public enum ChineseNumeral {
    static let digits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                           "六": 6, "七": 7, "八": 8, "九": 9]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// True for a numeral digit or unit character.
    public static func isNumeral(_ ch: Character) -> Bool { digits[ch] != nil || units[ch] != nil }

    /// The value of `chars`, nil when it is empty or holds anything but numerals. Without a unit the digits
    /// are read one by one (二〇二一 → 2021); with units, as spoken (一百零五 → 105, 十二 → 12).
    public static func value<C: Collection>(_ chars: C) -> Int? where C.Element == Character {
        guard !chars.isEmpty, chars.allSatisfy(isNumeral) else { return nil }
        if !chars.contains(where: { units[$0] != nil }) {
            return chars.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
        }
        var total = 0, current = 0
        for ch in chars {
            if let d = digits[ch] { current = d } else if let u = units[ch] {
                total += (current == 0 ? 1 : current) * u
                current = 0
            }
        }
        return total + current
    }
}
