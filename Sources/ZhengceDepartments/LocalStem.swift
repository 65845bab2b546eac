/// A city-level department name ending (商务局, 市场监管局) with what it stands for, used to
/// resolve departments of cities and counties the registry does not list (眉山市商务局).
public struct LocalStem: Sendable, Hashable {
    /// The ending as written: the canonical stem or one of its short forms.
    public var form: String
    /// The full name's pattern, {region} standing for the place ("{region}市场监督管理局",
    /// "国家税务总局{region}税务局").
    public var pattern: String
    /// The kind, counterpart and parent of the template it comes from.
    public var kind: DepartmentKind
    public var counterpart: String?
    public var parent: String?
    /// The template's key.
    public var template: String
}

extension RegistryBuilder {
    /// The city-level stems of every template that names its city variant by stem, longest form first.
    func localStems() -> [LocalStem] {
        var result: [LocalStem] = []
        var seen = Set<String>()
        for key in templateOrder {
            guard let template = templates[key], template.regions == nil,
                  let variant = template.city ?? template.all, variant.skip != true else { continue }
            var forms: [String] = []
            let pattern: String
            if let stem = variant.stem {
                pattern = "{region}" + stem
                forms = [stem] + (variant.short ?? []) + (variant.also ?? [])
            } else if let name = variant.name {
                pattern = name
                // Aliases written as {region} + an ending: "{region}税务局" → 税务局.
                for alias in variant.aliases ?? [] where alias.hasPrefix("{region}") {
                    let ending = String(alias.dropFirst("{region}".count))
                    if !ending.isEmpty && !ending.contains("{") { forms.append(ending) }
                }
                let ending = name.hasPrefix("{region}") ? String(name.dropFirst("{region}".count)) : ""
                if !ending.isEmpty && !ending.contains("{") { forms.insert(ending, at: 0) }
            } else {
                continue
            }
            for form in forms where form.count >= 2 && seen.insert(form).inserted {
                result.append(LocalStem(form: form, pattern: pattern, kind: template.kind, counterpart: template.counterpart,
                                        parent: template.parent, template: key))
            }
        }
        return result.sorted { $0.form.count != $1.form.count ? $0.form.count > $1.form.count : $0.form < $1.form }
    }
}

/// A word naming a department's function in names such as 省人民政府生态环境主管部门,
/// 县级以上人民政府市场监督管理部门, 国务院商务主管部门, with the template it points to.
public struct FunctionWord: Sendable, Hashable {
    /// The word: 生态环境, 市场监管, 发展改革, 价格 …
    public var word: String
    /// The template's key.
    public var template: String
    /// The central department of the function (the template's counterpart or head office).
    public var central: String?
}

extension RegistryBuilder {
    /// Function words of every template: its stems without 厅, 局, 委员会 or 委, plus its `functions`.
    /// A word shared by two templates is left out. Longest first.
    func functionWords() -> [FunctionWord] {
        var owners: [String: Set<String>] = [:]
        var central: [String: String] = [:]
        for key in templateOrder {
            guard let template = templates[key] else { continue }
            central[key] = template.counterpart ?? template.parent
            var words = template.functions ?? []
            let variants = [template.all, template.province, template.municipality, template.city]
                + (template.overrides.map { Array($0.values) } ?? [])
            for variant in variants.compactMap({ $0 }) {
                for form in [variant.stem].compactMap({ $0 }) + (variant.short ?? []) + (variant.also ?? []) {
                    for suffix in ["委员会", "厅", "局", "委"] where form.hasSuffix(suffix) {
                        words.append(String(form.dropLast(suffix.count)))
                        break
                    }
                }
            }
            for word in Set(words) where word.count >= 2 { owners[word, default: []].insert(key) }
        }
        return owners.compactMap { word, keys in
            guard keys.count == 1, let key = keys.first else { return nil }
            return FunctionWord(word: word, template: key, central: central[key] ?? nil)
        }.sorted { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.word < $1.word }
    }
}
