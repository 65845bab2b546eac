/// Chinese numerals for labels in generated documents (1 → 一, 12 → 十二, 105 → 一百零五).
enum ChineseNumeral {
    static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func format(_ n: Int) -> String {
        precondition(n > 0 && n < 1000)
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        let rest = n % 100
        let tail = rest == 0 ? "" : (rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" + format(rest) : format(rest)))
        return digits[n / 100] + "百" + tail
    }
}
