/// Traditional-script text matched on a Simplified key: 國辦發〔2021〕24號 is 国办发〔2021〕24号.
///
/// Detection is cheap (a scan for common Traditional-only characters); the conversion is ICU's
/// "Traditional-Simplified" transform, run only on text that was detected as Traditional.
public enum ScriptKey {
    /// Frequent characters that exist only in Traditional script (their Simplified forms differ).
    private static let traditionalOnly: Set<UInt16> = {
        let characters = "們國發號會為與於來這對說時開關經實業動學務當進應體機構區門標準際計劃產質資價點項後軍"
            + "辦廳設總書專醫藥衛養稅費貿層網絡線電話農場廠縣級鄉鎮財幣銀倉儲運輸邊額條規傳統"
        return Set(characters.utf16)
    }()

    /// True when `text` reads as Traditional script: at least three Traditional-only characters among
    /// its first 20,000 UTF-16 units, and more of them than one per hundred Han characters.
    /// - Complexity: O(min(n, 20,000)).
    public static func isTraditional(_ text: String) -> Bool {
        var hits = 0, han = 0, seen = 0
        for u in text.utf16 {
            seen += 1
            if seen > 20_000 { break }
            guard u >= 0x3400 && u <= 0x9FFF else { continue }
            han += 1
            if traditionalOnly.contains(u) { hits += 1 }
        }
        return hits >= 3 && hits * 100 >= han
    }

    /// The Simplified key of `text`: the ICU transform when the text holds any Traditional-only character,
    /// else the text itself (also when ICU fails). Queries, 发文字号 and titles are matched on this key.
    /// Short texts (queries, names: up to 256 UTF-16 units) with any Han character always go through ICU.
    public static func simplified(_ text: String) -> String {
        let short = text.utf16.count <= 256 && text.utf16.contains(where: { $0 >= 0x3400 && $0 <= 0x9FFF })
        guard short || isTraditional(text) else { return text }
        return (try? traditionalToSimplified(text)) ?? text
    }
}
