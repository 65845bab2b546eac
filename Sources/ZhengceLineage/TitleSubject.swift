import Foundation

/// What a title is about, for telling peers that restate one text from texts that only share a
/// template: the title without its jurisdiction (北京市, 浙江省宁波市, 广西壮族自治区), without the words of
/// every title (条例, 办法, 规定, 实施, 管理, 若干, …), cut into character pairs.
///
/// 南阳市城市绿化条例 → {城市, 市绿, 绿化}; 广东省实施《消防法》办法 → {消防, 防法}; two such titles share
/// their subject when they share a pair (河南省消防条例 and 广东省实施《消防法》办法 do; 广州市幼儿园条例
/// and 浙江省学前教育条例 do not; 北京市技术市场条例 and 浙江省技术市场条例 do).
enum TitleSubject {
    /// Character pairs of the subject of `title`.
    static func pairs(_ title: String) -> Set<String> {
        var text = TitleKey(title).full
        // The jurisdiction: a province (or region) name, then a city or county name (浙江省宁波市).
        // A marker after one character belongs to a word (城市, 都市); a city marker after four or more
        // (商品交易市场) too.
        for (markers, longest) in [(provinceMarkers, 6), (cityMarkers, 3)] {
            for marker in markers {
                guard let range = text.range(of: marker) else { continue }
                let before = text.distance(from: text.startIndex, to: range.lowerBound)
                // 市场, 市民, 市容, 市政: a word, not a city.
                if range.upperBound < text.endIndex, TitleSubject.cityWordEndings.contains(text[range.upperBound]) { continue }
                if before >= 2 && before <= longest {
                    text.removeSubrange(text.startIndex..<range.upperBound)
                    break
                }
            }
        }
        var pieces = [text]
        for word in genericWords {
            pieces = pieces.flatMap { $0.components(separatedBy: word) }
        }
        var out = Set<String>()
        for piece in pieces {
            let chars = Array(piece)
            guard chars.count >= 2 else { continue }
            for i in 0..<(chars.count - 1) { out.insert(String(chars[i...(i + 1)])) }
        }
        return out
    }

    /// The specific part of each subject in `subjects` (one per corpus document): the pairs that at most
    /// `max(floor, share × documents)` subjects of the corpus hold. 污染 (91 of the law corpus's 3,502 titles), 人民,
    /// 法院, 案件, 适用, 行政, 城市 are the words of whole families of titles; 气象 (17), 节能 (7), 普查 (4) name one subject.
    /// A small corpus keeps every pair held by at most `floor` titles.
    static func specific(_ subjects: [Set<String>], share: Double, floor: Int) -> [Set<String>] {
        var frequency: [String: Int] = [:]
        for subject in subjects { for pair in subject { frequency[pair, default: 0] += 1 } }
        let limit = max(floor, Int((share * Double(subjects.count)).rounded(.down)))
        return subjects.map { subject in subject.filter { (frequency[$0] ?? 0) <= limit } }
    }

    /// True when the two titles share a pair of their subjects.
    static func shared(_ a: String, _ b: String) -> Bool {
        !pairs(a).isDisjoint(with: pairs(b))
    }

    /// Units of administration that end a province's (or region's) name.
    static let provinceMarkers = ["特别行政区", "自治区", "省"]
    /// Units of administration that end a city's or county's name.
    static let cityMarkers = ["自治州", "自治县", "市", "县"]

    /// Characters that make 市 the start of a word (市场, 市民, 市容, 市政, 市值, 市面).
    static let cityWordEndings: Set<Character> = ["场", "民", "容", "政", "值", "面"]

    /// Words of titles of every subject.
    static let genericWords = ["经济特区", "实施细则", "实施办法", "若干规定", "暂行", "试行", "条例", "办法", "规定", "细则",
                               "规则", "决定", "实施", "若干", "管理", "促进", "工作", "关于", "的"]
}
