/// 发文字号 (document numbers) such as 国办发〔2021〕24号, in their normal form.
public enum DocumentNumber {
    /// The bracket pairs seen around the year of a 发文字号.
    static let openers: Set<Character> = ["〔", "[", "［", "【", "(", "（", "﹝", "〖", "「"]
    static let closers: Set<Character> = ["〕", "]", "］", "】", ")", "）", "﹞", "〗", "」"]

    /// Normalises a 发文字号 to the 〔〕 form, folding width and spaces:
    /// "国办发[2021]24号", "国办发（2021）24号", "国办发 〔2021〕 24 号" → "国办发〔2021〕24号".
    /// Returns nil when `text` does not look like one (issuer prefix, 4-digit year, number, 号).
    /// Orders and announcements numbered without a year are normalised too: "中华人民共和国国务院令第722号"
    /// → "国务院令第722号", "中华人民共和国主席令第三十一号" → "主席令第31号".
    public static func normalize(_ text: String) -> String? {
        let folded = MatchKey.fold(text).filter { !$0.isWhitespace }
        let chars = Array(folded)
        if let order = normalizeOrder(chars) { return order }
        guard let open = chars.firstIndex(where: { openers.contains($0) }), open > 0 else { return nil }
        let yearStart = open + 1
        let yearEnd = yearStart + 4
        guard yearEnd < chars.count, chars[yearStart..<yearEnd].allSatisfy(\.isASCIIDigit),
              closers.contains(chars[yearEnd]) else { return nil }
        var numberEnd = yearEnd + 1
        while numberEnd < chars.count, chars[numberEnd].isASCIIDigit { numberEnd += 1 }
        guard numberEnd > yearEnd + 1, numberEnd < chars.count, chars[numberEnd] == "号" else { return nil }
        let prefix = String(chars[..<open])
        let year = String(chars[yearStart..<yearEnd])
        let number = String(Int(String(chars[(yearEnd + 1)..<numberEnd])) ?? 0)
        return "\(prefix)〔\(year)〕\(number)号"
    }
}

extension DocumentNumber {
    /// `…令第N号` / `…公告第N号` (N in Arabic or Chinese numerals) with the issuer's country prefix dropped.
    static func normalizeOrder(_ chars: [Character]) -> String? {
        guard chars.last == "号", let di = chars.lastIndex(of: "第"), di >= 2 else { return nil }
        let issuer = String(chars[..<di])
        guard issuer.hasSuffix("令") || issuer.hasSuffix("公告") else { return nil }
        let digits = chars[(di + 1)..<(chars.count - 1)]
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        let number: Int
        if digits.allSatisfy(\.isASCIIDigit) {
            guard let n = Int(String(digits)) else { return nil }
            number = n
        } else {
            guard let n = ChineseNumeral.value(digits) else { return nil }
            number = n
        }
        var name = issuer
        // 2017年11月22日中华人民共和国国务院令第692号: a header line's date before the order is not its issuer's.
        if let ri = name.firstIndex(of: "日"), name.distance(from: name.startIndex, to: ri) <= 10,
           name.first?.isASCIIDigit == true, name[..<ri].allSatisfy({ $0.isASCIIDigit || $0 == "年" || $0 == "月" }) {
            name = String(name[name.index(after: ri)...])
        }
        for country in ["中华人民共和国", "中国"] where name.hasPrefix(country) && name.count > country.count + 1 {
            name = String(name.dropFirst(country.count))
        }
        return "\(name)第\(number)号"
    }

}

extension Character {
    /// An ASCII digit 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
