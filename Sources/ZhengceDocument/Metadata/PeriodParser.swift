/// Plan periods written in titles: （2024-2027年）, 2023—2025年, “十四五”.
enum PeriodParser {
    private static let dashes: Set<Character> = ["-", "—", "–", "－", "~", "～", "至", "到", "―", "−"]

    static func period(in text: String) -> PlanPeriod? {
        let chars = Array(text)
        var i = 0
        while i + 9 <= chars.count {
            if let a = year(chars, i) {
                var j = i + 4
                while j < chars.count, chars[j] == " " || chars[j] == "年" { j += 1 }
                var sawDash = false
                while j < chars.count, dashes.contains(chars[j]) { j += 1; sawDash = true }
                while j < chars.count, chars[j] == " " { j += 1 }
                if sawDash, let b = year(chars, j), a < b, b - a <= 15 { return PlanPeriod(start: a, end: b) }
            }
            i += 1
        }
        let fiveYear = ["十三五": 2016, "十四五": 2021, "十五五": 2026]
        for (name, start) in fiveYear where text.contains(name) { return PlanPeriod(start: start, end: start + 4) }
        return nil
    }

    private static func year(_ chars: [Character], _ i: Int) -> Int? {
        guard i + 4 <= chars.count, i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) else { return nil }
        // Four ASCII digits (checked before any string is made: this runs at every position).
        var y = 0
        for c in chars[i..<(i + 4)] {
            guard let ascii = c.asciiValue, (0x30...0x39).contains(ascii) else { return nil }
            y = y * 10 + Int(ascii - 0x30)
        }
        guard (1949...2100).contains(y) else { return nil }
        if i + 4 < chars.count, chars[i + 4].isASCII, chars[i + 4].isNumber { return nil }
        return y
    }
}
