import Foundation

/// Expands registry files (regions, departments, templates) into department entries.
struct RegistryBuilder {
    /// The merged registry files, later files overriding earlier ones.
    private(set) var regionSpecs: [String: RegionSpec] = [:]
    private(set) var regionOrder: [String] = []
    private(set) var departmentSpecs: [String: (spec: DepartmentSpec, source: String)] = [:]
    private(set) var departmentOrder: [String] = []
    private(set) var templates: [String: TemplateSpec] = [:]
    private(set) var templateOrder: [String] = []
    private(set) var removed: Set<String> = []

    /// Adds a file: regions by name, departments by name and templates by key replace earlier ones.
    mutating func add(_ file: RegistryFile, source: String) {
        for region in file.regions ?? [] {
            if regionSpecs[region.name] == nil { regionOrder.append(region.name) }
            regionSpecs[region.name] = region
        }
        for spec in file.departments ?? [] {
            if departmentSpecs[spec.name] == nil { departmentOrder.append(spec.name) }
            departmentSpecs[spec.name] = (spec, source)
            removed.remove(spec.name)
        }
        for template in file.templates ?? [] {
            if templates[template.key] == nil { templateOrder.append(template.key) }
            templates[template.key] = template
        }
        removed.formUnion(file.remove ?? [])
    }

    /// The regions: provincial-level regions in file order, then their cities (`cities`, whose departments are
    /// generated), then the cities of `prefectures` (known as places only; see `ruleRegions()`).
    func regions() -> [Region] {
        var result: [Region] = []
        var seen = Set<String>()
        for name in regionOrder {
            guard let spec = regionSpecs[name], seen.insert(name).inserted else { continue }
            result.append(Region(name: spec.name, short: spec.short ?? RegistryBuilder.shortForm(of: spec.name),
                                 abbreviation: spec.abbreviation, kind: spec.kind))
        }
        for name in regionOrder {
            guard let spec = regionSpecs[name], spec.kind != .city else { continue }
            var cities = spec.cities ?? []
            if let capital = spec.capital, !cities.contains(capital) { cities.insert(capital, at: 0) }
            for city in cities where seen.insert(city).inserted {
                result.append(Region(name: city, short: RegistryBuilder.shortForm(of: city), kind: .city, province: spec.name))
            }
        }
        for name in regionOrder {
            guard let spec = regionSpecs[name], spec.kind != .city else { continue }
            for city in spec.prefectures ?? [] where seen.insert(city).inserted {
                result.append(Region(name: city, short: RegistryBuilder.shortForm(of: city), kind: .city, province: spec.name))
            }
        }
        return result
    }

    /// The cities listed under `prefectures` and under no region's `cities`: places whose departments are not
    /// generated (most cities are never named in a corpus; generating ~75 departments for each of 300 cities
    /// tripled the registry and its load time) but made by rule when named.
    func ruleRegions() -> Set<String> {
        let listed = Set(regionOrder.compactMap { regionSpecs[$0] }.flatMap { ($0.cities ?? []) + ($0.capital.map { [$0] } ?? []) })
        return Set(regionOrder.compactMap { regionSpecs[$0] }.flatMap { $0.prefectures ?? [] }).subtracting(listed)
    }

    /// The short form of a region name: the name without 省, 市, 自治区 or 地区.
    static func shortForm(of name: String) -> String {
        for suffix in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// Every department entry: template entries first, explicit ones replacing them by name,
    /// generated predecessors, then predecessor/successor links made symmetric.
    func departments(regions: [Region]) -> [Department] {
        var entries: [String: Department] = [:]
        var order: [String] = []
        func put(_ department: Department, replacing: Bool) {
            if let existing = entries[department.name] {
                guard replacing else {
                    // Keep the first entry; merge what the second one knows.
                    var merged = existing
                    merged.aliases = RegistryBuilder.unique(existing.aliases + department.aliases, excluding: existing.name)
                    merged.successors = RegistryBuilder.unique(existing.successors + department.successors)
                    merged.predecessors = RegistryBuilder.unique(existing.predecessors + department.predecessors)
                    entries[department.name] = merged
                    return
                }
            } else {
                order.append(department.name)
            }
            entries[department.name] = department
        }

        for key in templateOrder {
            guard let template = templates[key] else { continue }
            for region in regions {
                for entry in expand(template, for: region) { put(entry, replacing: false) }
            }
        }
        for name in departmentOrder {
            guard let (spec, source) = departmentSpecs[name] else { continue }
            let level = spec.level ?? (spec.kind == .collective ? nil : (spec.region == nil ? .central : .provincial))
            let entry = Department(
                name: spec.name, aliases: RegistryBuilder.unique(spec.aliases ?? [], excluding: spec.name), level: level,
                region: spec.region, kind: spec.kind, category: spec.category, counterpart: spec.counterpart,
                parent: spec.parent, supervisor: spec.supervisor,
                predecessors: (spec.predecessors ?? []).map { Succession(name: $0.name, date: $0.date, note: $0.note) },
                successors: (spec.successors ?? []).map { Succession(name: $0.name, date: $0.date, note: $0.note) },
                source: source)
            put(entry, replacing: true)
            for predecessor in spec.predecessors ?? [] {
                put(Department(name: predecessor.name, aliases: RegistryBuilder.unique(predecessor.aliases ?? [], excluding: predecessor.name),
                               level: level, region: spec.region, kind: spec.kind, counterpart: spec.counterpart,
                               parent: spec.parent, successors: [Succession(name: spec.name, date: predecessor.date, note: predecessor.note)],
                               source: source), replacing: false)
            }
        }

        // Make the links symmetric: A's successor B has A as predecessor, and the other way round.
        for name in order {
            guard let entry = entries[name] else { continue }
            for successor in entry.successors {
                guard var target = entries[successor.name] else { continue }
                if !target.predecessors.contains(where: { $0.name == name }) {
                    target.predecessors.append(Succession(name: name, date: successor.date, note: successor.note))
                    entries[successor.name] = target
                }
            }
            for predecessor in entry.predecessors {
                guard var source = entries[predecessor.name] else { continue }
                if !source.successors.contains(where: { $0.name == name }) {
                    source.successors.append(Succession(name: name, date: predecessor.date, note: predecessor.note))
                    entries[predecessor.name] = source
                }
            }
        }
        return order.compactMap { removed.contains($0) ? nil : entries[$0] }
    }

    /// The entries a template generates for one region (the current body and its predecessors).
    func expand(_ template: TemplateSpec, for region: Region) -> [Department] {
        if let only = template.regions {
            guard only.contains(region.name) || (region.province.map(only.contains) ?? false) else { return [] }
        }
        let variant: VariantSpec?
        if let override = template.overrides?[region.name] {
            variant = override
        } else {
            switch region.kind {
            case .province, .autonomousRegion: variant = template.province ?? template.all
            case .municipality: variant = template.municipality ?? template.all
            case .city: variant = template.city ?? template.all
            }
        }
        guard let variant, variant.skip != true, let (name, aliases) = names(of: variant, in: region) else { return [] }
        let source = "template:\(template.key)"
        var current = Department(name: name, aliases: aliases, level: region.level, region: region.name, kind: template.kind,
                                 category: template.category, counterpart: template.counterpart, parent: template.parent,
                                 source: source)
        var result: [Department] = []
        for predecessor in template.predecessors ?? [] {
            if let kinds = predecessor.kinds, !kinds.contains(region.kind) { continue }
            guard let (oldName, oldAliases) = names(of: predecessor, in: region), oldName != name else { continue }
            current.predecessors.append(Succession(name: oldName, date: predecessor.date, note: predecessor.note))
            result.append(Department(
                name: oldName, aliases: oldAliases, level: region.level, region: region.name, kind: template.kind,
                category: template.category, counterpart: predecessor.counterpart ?? template.counterpart,
                parent: predecessor.parent ?? template.parent,
                successors: [Succession(name: name, date: predecessor.date, note: predecessor.note)], source: source))
        }
        return [current] + result
    }

    /// The canonical name and aliases a variant gives in a region; nil when it names nothing.
    func names(of variant: VariantSpec, in region: Region) -> (String, [String])? {
        if let stem = variant.stem, !stem.isEmpty {
            let name = region.name + stem
            var aliases: [String] = []
            for form in [stem] + (variant.short ?? []) + (variant.also ?? []) {
                aliases += [form, region.prefix + form, region.short + form, region.name + form]
            }
            aliases += (variant.aliases ?? []).map { fill($0, region) }
            return (name, RegistryBuilder.unique(aliases, excluding: name))
        }
        guard let pattern = variant.name, !pattern.isEmpty else { return nil }
        let name = fill(pattern, region)
        return (name, RegistryBuilder.unique((variant.aliases ?? []).map { fill($0, region) }, excluding: name))
    }

    /// Replaces {region}, {short}, {prefix} and {abbr} in a pattern.
    func fill(_ pattern: String, _ region: Region) -> String {
        guard pattern.contains("{") else { return pattern }
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            switch rest[rest.index(after: open)..<close] {
            case "region": out += region.name
            case "short": out += region.short
            case "prefix": out += region.prefix
            case "abbr": out += region.abbreviation ?? region.short
            default: out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Distinct non-empty strings in first-seen order, without `excluding`.
    static func unique(_ values: [String], excluding: String? = nil) -> [String] {
        var seen = Set<String>()
        if let excluding { seen.insert(excluding) }
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Distinct successions by name in first-seen order.
    static func unique(_ values: [Succession]) -> [Succession] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.name).inserted }
    }
}
