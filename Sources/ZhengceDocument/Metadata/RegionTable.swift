import Foundation

/// Provincial-level divisions of China: full names, short names and the one-character
/// abbreviations used as prefixes of 发文字号 (沪商贸发, 川办发 …).
enum RegionTable {
    /// (full name, short name, abbreviations).
    static let provinces: [(name: String, short: String, abbreviations: [String])] = [
        ("北京市", "北京", ["京"]), ("天津市", "天津", ["津"]), ("上海市", "上海", ["沪"]), ("重庆市", "重庆", ["渝"]),
        ("河北省", "河北", ["冀"]), ("山西省", "山西", ["晋"]), ("内蒙古自治区", "内蒙古", ["内蒙", "蒙"]),
        ("辽宁省", "辽宁", ["辽"]), ("吉林省", "吉林", ["吉"]), ("黑龙江省", "黑龙江", ["黑"]), ("江苏省", "江苏", ["苏"]),
        ("浙江省", "浙江", ["浙"]), ("安徽省", "安徽", ["皖"]), ("福建省", "福建", ["闽"]), ("江西省", "江西", ["赣"]),
        ("山东省", "山东", ["鲁"]), ("河南省", "河南", ["豫"]), ("湖北省", "湖北", ["鄂"]), ("湖南省", "湖南", ["湘"]),
        ("广东省", "广东", ["粤"]), ("广西壮族自治区", "广西", ["桂"]), ("海南省", "海南", ["琼"]), ("四川省", "四川", ["川"]),
        ("贵州省", "贵州", ["黔", "贵"]), ("云南省", "云南", ["云", "滇"]), ("西藏自治区", "西藏", ["藏"]),
        ("陕西省", "陕西", ["陕"]), ("甘肃省", "甘肃", ["甘"]), ("青海省", "青海", ["青"]),
        ("宁夏回族自治区", "宁夏", ["宁"]), ("新疆维吾尔自治区", "新疆", ["新"]),
        ("香港特别行政区", "香港", ["港"]), ("澳门特别行政区", "澳门", ["澳"]), ("台湾省", "台湾", ["台"]),
    ]

    /// National bodies: names that start like this are central (国务院, 商务部 …, 中共中央).
    static let nationalPrefixes = ["国务院", "中共中央", "中华人民共和国", "全国人民代表大会", "全国人大", "国家", "中央", "最高人民", "政务院"]
    static let nationalSuffixes = ["部", "总署", "总局", "委员会", "银行", "办公厅"]

    /// Level and region of one issuing body's name, when they can be told.
    static func classify(issuer rawName: String) -> (DocumentLevel, String?)? {
        var name = rawName
        for prefix in ["中共", "中国共产党"] where name.hasPrefix(prefix) && !name.hasPrefix("中共中央") { name = String(name.dropFirst(prefix.count)) }
        // A central body located in a province (中华人民共和国上海海关, 国家税务总局上海市税务局): the place wins.
        var best: (DocumentLevel, String?)?
        for p in provinces {
            guard let at = name.utf8Offset(of: p.short) else { continue }
            let startsWithIt = at == 0
            // After the province's name: its full name when written so (广西壮族自治区…: 壮族自治区 is no county).
            let full = Substring(name.utf8Slice(at, name.utf8.count)).hasPrefix(p.name)
            let after = Substring(name.utf8Slice(at + (full ? p.name : p.short).utf8.count, name.utf8.count))
            let local = startsWithIt || full || after.hasPrefix("市") || after.hasPrefix("省") || after.hasPrefix("自治区") || name.hasPrefix("中华人民共和国") || name.hasPrefix("国家") || name.hasPrefix("中国")
            guard local else { continue }
            // A city or county inside the province: 四川省成都市商务局, 上海市浦东新区.
            let rest = after.drop(while: { "省市".contains($0) }).replacingOccurrencesOfPrefix("自治区")
            // The four municipalities hold districts and counties, no cities: 上海市授予荣誉市民称号规定 is no city 授予荣誉市.
            if let sub = subdivision(String(rest)), !(p.name.hasSuffix("市") && sub.0 == .municipal) { return sub }
            best = (.provincial, p.name)
            break
        }
        if let best { return best }
        // (A central body's name is no place: 国家市场监督管理总局 is not a city 国家市.)
        if nationalPrefixes.contains(where: { name.hasPrefix($0) }) { return (.national, nil) }
        if let sub = subdivision(name) { return sub }
        // (A ministry's name may be long: 人力资源和社会保障部, 住房和城乡建设部.)
        let limit = ["部", "总署", "总局"].contains(where: { name.hasSuffix($0) }) ? 12 : 8
        if name.count <= limit, nationalSuffixes.contains(where: { name.hasSuffix($0) }), !name.contains("省"), !name.contains("市"), !name.contains("县") {
            return (.national, nil)
        }
        return nil
    }

    /// Areas named 区 that are no county: 地区, a 园区, an 经济技术开发区, a 历史文化风貌区, a 自然保护区 … (not 山区, 林区 or 矿区:
    /// 金山区, 神农架林区 and 白云鄂博矿区 are counties).
    private static let areaNotCounty = ["地区", "片区", "园区", "开发区", "风貌区", "保护区", "风景区", "景区", "功能区", "商务区",
                                        "合作区", "保税区", "社区", "小区", "街区", "校区", "厂区", "灾区"]

    /// A municipal or county name at the start of `text` (成都市…, 浦东新区…, 某某县…).
    private static func subdivision(_ text: String) -> (DocumentLevel, String?)? {
        let chars = Array(text)
        guard chars.count >= 3 else { return nil }
        // 深圳经济特区 is the city of 深圳 (a special zone, not a county); 延边朝鲜族自治州 a prefecture;
        // 长白朝鲜族自治县 a county.
        let head = String(chars.prefix(14))
        if head.hasPrefix("经济特区") || head.hasPrefix("特区") { return nil }
        if let r = head.range(of: "经济特区"), r.lowerBound != head.startIndex {
            let city = String(head[head.startIndex..<r.lowerBound])
            return (.municipal, city.hasSuffix("市") ? city : city + "市")
        }
        for (marker, level) in [("自治州", DocumentLevel.municipal), ("自治县", .county), ("自治旗", .county)] {
            if let r = head.range(of: marker), !head[head.startIndex..<r.lowerBound].contains(where: { "省市区县".contains($0) }) {
                return (level, String(head[head.startIndex..<r.upperBound]))
            }
        }
        for end in 2...min(6, chars.count - 1) {
            let c = chars[end]
            let head = String(chars[0...end])
            if c == "县" || c == "旗" || (c == "区" && end >= 2 && !Self.areaNotCounty.contains(where: { head.hasSuffix($0) })) {
                if ["新区", "城区", "示范区", "试验区", "自贸区"].contains(where: { head.hasSuffix($0) }) && c == "区" && end <= 2 { continue }
                return (.county, head)
            }
            if c == "市" || c == "州" || c == "盟" {
                if head == "各市" { return nil }
                // 市场 is no city: 上海市技术市场条例 is not a city 技术市. (Other words opening with 市 are not read so:
                // 杭州市民用建筑节能条例 and 杭州市政府 are the city's.)
                if c == "市", end + 1 < chars.count, chars[end + 1] == "场" { continue }
                if provinces.contains(where: { $0.name == head }) { return nil }
                return (.municipal, head)
            }
            if !CharClass.isHan(String(c).utf16.first ?? 0) { return nil }
        }
        return nil
    }

    /// The level and place a 发文字号 prefix points at: a place it names in full (宁波市人民代表大会常务委员会公告 →
    /// 宁波市), else a province's abbreviation (沪商贸发 → 上海市; 宁波… is no 宁 of 宁夏), or nil.
    static func classify(docNumberPrefix prefix: String) -> (DocumentLevel, String?)? {
        if let named = classify(issuer: prefix), named.1 != nil { return named }
        return province(forDocNumberPrefix: prefix).map { (.provincial, $0) }
    }

    /// A body named by its level alone, as local headers write it (市人民代表大会常务委员会, 县人民代表大会 under a title
    /// 宁波市…条例, 彭水苗族土家族自治县…条例), with the place the title names; any other name as it is.
    static func placed(_ body: String, title: String?) -> String {
        placed(body, place: title.flatMap { classify(issuer: $0)?.1 })
    }

    /// A body named by its level alone (市人民代表大会常务委员会) in `place` (宁波市), if the place is of that level.
    static func placed(_ body: String, place: String?) -> String {
        guard let place, let level = ["自治县", "自治州", "市", "县", "区", "州"].first(where: { body.hasPrefix($0) }),
              let rest = Optional(String(body.dropFirst(level.count))), rest.hasPrefix("人民"),
              place.hasSuffix(level) || level == "县" && place.hasSuffix("自治县") else { return body }
        return place + rest
    }

    /// The province a 发文字号 prefix points at (沪商贸发 → 上海市), or nil.
    static func province(forDocNumberPrefix prefix: String) -> String? {
        for p in provinces {
            if p.abbreviations.contains(where: { prefix.hasPrefix($0) }) { return p.name }
        }
        return nil
    }
}

extension Substring {
    func replacingOccurrencesOfPrefix(_ prefix: String) -> Substring {
        hasPrefix(prefix) ? dropFirst(prefix.count) : self
    }
}
