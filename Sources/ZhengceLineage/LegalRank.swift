import ZhengceDocument

/// Where a document stands in the hierarchy of Chinese norms: national law (and the constitution) >
/// administrative regulation > departmental rule, State Council or ministry document, judicial
/// interpretation > provincial > municipal > county. Smaller `rawValue` is higher.
///
/// Read from the document's level and region (local documents) and, for national documents, from the
/// legislative header at the top of the text (the adopting or promulgating body, the order number):
/// 全国人民代表大会… 通过 → law; 国务院令第N号 / 国务院…公布 → administrative regulation; 部令, 总局令,
/// 最高人民法院 → departmental. A national document with none of these is a policy document
/// (departmental tier).
public enum LegalRank: Int, Codable, Sendable, Hashable, Comparable, CaseIterable {
    /// The constitution and laws of the National People's Congress and its Standing Committee.
    case law = 0
    /// Administrative regulations of the State Council (条例, 规定 promulgated by 国务院令).
    case administrativeRegulation = 1
    /// Departmental rules, State Council and ministry documents, judicial interpretations.
    case departmental = 2
    /// Provincial regulations, rules and documents.
    case provincial = 3
    /// Municipal ones.
    case municipal = 4
    /// County ones.
    case county = 5

    /// Higher rank first.
    public static func < (l: LegalRank, r: LegalRank) -> Bool { l.rawValue < r.rawValue }

    /// True for national ranks (law, administrative regulation, departmental).
    public var isNational: Bool { rawValue <= LegalRank.departmental.rawValue }

    /// The rank of `document`, or nil when neither its level nor its header tells.
    public static func of(_ document: PolicyDocument) -> LegalRank? {
        switch document.level {
        case .provincial?: return cityTitled(document) ? .municipal : .provincial
        case .municipal?: return .municipal
        case .county?: return .county
        case .national?, nil: break
        }
        let header = LegalRank.header(document)
        let title = document.title ?? ""
        if header.contains("全国人民代表大会") || title == "中华人民共和国宪法" || title.hasPrefix("宪法") { return .law }
        let regulationTitle = ["条例", "规定", "办法", "细则"].contains { title.hasSuffix($0) }
        if header.contains("国务院令") || (regulationTitle && header.contains("国务院") && (header.contains("公布")
            || header.contains("发布") || header.contains("批准")) && !header.contains("部令")) {
            return .administrativeRegulation
        }
        if header.contains("部令") || header.contains("总局令") || header.contains("委员会令") || header.contains("最高人民法院")
            || header.contains("最高人民检察院") {
            return .departmental
        }
        if document.level == .national { return title.hasSuffix("法") && title.hasPrefix("中华人民共和国") ? .law : .departmental }
        // A text filed with no level, no region and no legislative header, whose title names no place and ends as
        // legislation does, is national (twenty-fifth round): lawrefbook files 53 State Council texts so (33 条例,
        // most of them since 2019: 未成年人网络保护条例, 节约用水条例 2024, 网络数据安全管理条例) and 7 ministry rules. Without a rank
        // they were peers of every province ("different jurisdictions, rank unknown": 212 `parallel` links of the law
        // corpus joined a province's or a city's text to one of them) and of the laws they implement (`related`). A 条例
        // is an administrative regulation (the NPC's texts are 法 and carry its header); any other, departmental.
        if document.level == nil, document.region == nil, !LegalRank.namesPlace(title) {
            let bare = TitleKey.withoutVersionNotes(title)
            if bare.hasSuffix("条例") { return .administrativeRegulation }
            if ["规定", "办法", "细则", "规则"].contains(where: { bare.hasSuffix($0) }) { return .departmental }
        }
        return nil
    }

    /// True when a title starts with a jurisdiction: a province-level municipality, or a province (region) or city
    /// (county) name before its marker (北京市…, 浙江省…, 宁波市…, 广西壮族自治区…); 城市公共交通条例 and 市场… do not.
    static func namesPlace(_ title: String) -> Bool {
        let text = TitleKey(title).full
        if provincialCities.contains(where: { text.hasPrefix($0) }) { return true }
        for (markers, longest) in [(TitleSubject.provinceMarkers, 6), (TitleSubject.cityMarkers, 3)] {
            for marker in markers {
                guard let range = text.range(of: marker) else { continue }
                if range.upperBound < text.endIndex, TitleSubject.cityWordEndings.contains(text[range.upperBound]) { continue }
                let before = text.distance(from: text.startIndex, to: range.lowerBound)
                if before >= 2 && before <= longest { return true }
            }
        }
        return false
    }

    /// Province-level municipalities: a title starting with their name is provincial.
    static let provincialCities: Set<String> = ["北京", "上海", "天津", "重庆"]

    /// True when a document filed as provincial is a city's text: its title starts with a city name (宁波市…,
    /// 2 to 4 characters before 市, not a province-level municipality) and its header names that city's
    /// people's congress or government (宁波市第十一届人民代表大会…通过, then 浙江省…批准). Municipal
    /// regulations are approved by the province and are often filed under it (lawrefbook: 174 of them).
    static func cityTitled(_ document: PolicyDocument) -> Bool { titledCity(document) != nil }

    /// The city whose text a document filed as provincial is (`cityTitled`), as a region name (宁波市), else nil.
    static func titledCity(_ document: PolicyDocument) -> String? {
        guard document.level == .provincial else { return nil }
        let title = document.title ?? ""
        guard let city = title.firstIndex(of: "市") else { return nil }
        let name = String(title[..<city])
        guard (2...4).contains(name.count), !provincialCities.contains(name), !name.contains("省"), !name.contains("自治区"),
              !name.contains("关于") else { return nil }
        let header = LegalRank.header(document)
        let named = header.contains(name + "市第") || header.contains(name + "市人民代表大会") || header.contains(name + "市人民政府")
        return named ? name + "市" : nil
    }

    /// The first lines of the text (the legislative header, when any), at most 300 UTF-16 units
    /// and never past the first article.
    static func header(_ document: PolicyDocument) -> String {
        let utf16 = document.text.utf16
        let end = utf16.index(utf16.startIndex, offsetBy: min(300, utf16.count))
        var head = String(document.text[..<end])
        if let first = head.range(of: "第一条") { head = String(head[..<first.lowerBound]) }
        if let first = head.range(of: "第一章") { head = String(head[..<first.lowerBound]) }
        return head
    }

    /// Short name for `evidence.direction`.
    public var name: String {
        switch self {
        case .law: return "law"
        case .administrativeRegulation: return "administrative regulation"
        case .departmental: return "departmental"
        case .provincial: return "provincial"
        case .municipal: return "municipal"
        case .county: return "county"
        }
    }
}
