/// 发文字号 (document numbers) such as 国办发〔2021〕24号, in their normal form.
public enum DocumentNumber {
    /// The bracket pairs seen around the year of a 发文字号.
    static let openers: Set<Character> = ["〔", "[", "［", "【", "(", "（", "﹝", "〖", "「"]
    static let closers: Set<Character> = ["〕", "]", "］", "】", ")", "）", "﹞", "〗", "」"]

    /// Normalises a 发文字号 to the 〔〕 form, folding width and spaces:
    /// "国办发[2021]24号", "国办发（2021）24号", "国办发 〔2021〕 24 号" → "国办发〔2021〕24号".
    /// Returns nil when `text` does not look like one (issuer prefix, 4-digit year, number, 号).
    public static func normalize(_ text: String) -> String? {
        let folded = MatchKey.fold(text).filter { !$0.isWhitespace }
        let chars = Array(folded)
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

extension Character {
    /// An ASCII digit 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
