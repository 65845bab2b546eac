/// Reads dates as policy documents write them: 2024年6月8日, 二〇二四年六月八日, 2024-06-08, 2024.6.8.
enum DateParser {
    private static let nian = u16("年")[0], yue = u16("月")[0], ri = u16("日")[0], hao = u16("号")[0]

    /// A date found in `text` starting at `offset`: ISO string and the UTF-16 length used.
    static func parse(_ text: UnitText, at offset: Int) -> (iso: String, length: Int)? {
        var i = offset
        func skipSpaces() { while i < text.count, text[i] == 0x20 || text[i] == 0x3000 { i += 1 } }
        func readNumber(arabicMax: Int) -> Int? {
            skipSpaces()
            let start = i
            if i < text.count, CharClass.isDigit(text[i]) {
                while i < text.count, CharClass.isDigit(text[i]), i - start < arabicMax { i += 1 }
                return text.units[start..<i].reduce(0) { $0 * 10 + CharClass.digitValue($1) }
            }
            while i < text.count, CharClass.isChineseNumeral(text[i]) { i += 1 }
            guard i > start else { return nil }
            let slice = text.units[start..<i]
            // 二〇二四 is digit by digit; 十二 / 二十 use tens.
            if slice.count == 4, slice.allSatisfy({ CharClass.chineseDigits[$0] != nil }) {
                return slice.reduce(0) { $0 * 10 + (CharClass.chineseDigits[$1] ?? 0) }
            }
            return CharClass.chineseNumberValue(slice)
        }
        guard let year = readNumber(arabicMax: 4), (1949...2100).contains(year) else { return nil }
        skipSpaces()
        guard i < text.count else { return nil }
        let sep = text[i]
        if sep == nian {
            i += 1
            guard let month = readNumber(arabicMax: 2), (1...12).contains(month) else { return nil }
            skipSpaces()
            guard i < text.count, text[i] == yue else { return nil }
            i += 1
            guard let day = readNumber(arabicMax: 2), (1...31).contains(day) else { return nil }
            skipSpaces()
            guard i < text.count, text[i] == ri || text[i] == hao else { return nil }
            i += 1
            return (iso(year, month, day), i - offset)
        }
        if sep == 0x2D || sep == 0x2E || sep == 0x2F || sep == 0xFF0E {
            i += 1
            guard let month = readNumber(arabicMax: 2), (1...12).contains(month), i < text.count, text[i] == sep else { return nil }
            i += 1
            guard let day = readNumber(arabicMax: 2), (1...31).contains(day) else { return nil }
            if i < text.count, CharClass.isDigit(text[i]) { return nil }
            return (iso(year, month, day), i - offset)
        }
        return nil
    }

    /// The date when `line` is only a date (spaces and a trailing 印发/发布 allowed).
    static func standalone(_ line: String) -> String? {
        let text = UnitText(line)
        var i = 0
        while i < text.count, CharClass.isSpace(text[i]) { i += 1 }
        guard let (iso, length) = parse(text, at: i) else { return nil }
        var j = i + length
        while j < text.count, CharClass.isSpace(text[j]) { j += 1 }
        let rest = text.string(j..<text.count)
        guard rest.isEmpty || ["印发", "发布", "印", "（印发）"].contains(rest) else { return nil }
        return iso
    }

    /// An RFC 2822 or ISO date from web metadata ("Fri, 09 Jul 2021 10:23:09 GMT", "2021-07-09T…").
    static func webDate(_ value: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (index, part) in parts.enumerated() {
            if let m = months.firstIndex(of: part.lowercased().prefix(3).description), part.count >= 3,
               index > 0, index + 1 < parts.count, let day = Int(parts[index - 1]), let year = Int(parts[index + 1]) {
                return iso(year, m + 1, day)
            }
        }
        if let found = parse(UnitText(value), at: 0) { return found.iso }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}
