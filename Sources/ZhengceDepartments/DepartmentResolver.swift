import Foundation
import ZhengceDocument
import ZhengceText

/// Resolves department names as written to registry entries, using the document's
/// level and region to decide what short names mean (商务厅 in a Sichuan plan is
/// 四川省商务厅; 市商务委 in a Shanghai plan is 上海市商务委员会).
public struct DepartmentResolver: Sendable {
    /// The registry names are resolved against.
    public let registry: DepartmentRegistry

    /// Makes a resolver over `registry`.
    public init(registry: DepartmentRegistry) { self.registry = registry }

    /// A resolver over the bundled registry.
    public static func bundled() throws -> DepartmentResolver { DepartmentResolver(registry: try .bundled()) }

    /// A resolver over the bundled registry plus the corpus folder's departments.yaml, if any.
    public static func forCorpus(at folder: URL) throws -> DepartmentResolver {
        DepartmentResolver(registry: try .load(corpus: folder))
    }

    // MARK: One name

    /// Resolves `name` as written in `context`. Never drops a name: an unknown or ambiguous
    /// name comes back as written, with the closest entry as a suggestion when one is close
    /// and `suggest` is true (finding it scans part of the registry).
    public func resolve(_ name: String, in context: DepartmentContext, suggest: Bool = true) -> DepartmentResolution {
        let key = NameKey.make(name)
        guard !key.isEmpty else { return DepartmentResolution(written: name, status: .unknown) }
        // In a document of a city whose departments are made by rule, 市人民政府 is that city's (the listed cities'
        // entries that share the alias are no candidates).
        if let department = cityPrefixed(key, in: context) {
            return DepartmentResolution(written: name, status: .resolved, department: department)
        }
        var indices = registry.candidateIndices(forKey: key)
        if indices.isEmpty, let trimmed = DepartmentResolver.withoutTrailingNote(key) {
            indices = registry.candidateIndices(forKey: trimmed)
        }
        if indices.isEmpty {
            if let department = unlistedLocalDepartment(key) ?? functionalDepartment(key, in: context) {
                return DepartmentResolution(written: name, status: .resolved, department: department)
            }
            return DepartmentResolution(written: name, status: .unknown,
                                        suggestion: suggest ? suggestion(forKey: key, in: context) : nil)
        }
        if indices.count == 1 {
            return DepartmentResolution(written: name, status: .resolved, department: registry.departments[indices[0]])
        }
        // A full canonical name beats the same string used as someone else's alias.
        let exact = indices.filter { registry.nameKeys[$0] == key }
        if exact.count == 1 {
            return DepartmentResolution(written: name, status: .resolved, department: registry.departments[exact[0]])
        }
        let scored = indices.map { (index: $0, score: score(registry.departments[$0], in: context)) }
        let best = scored.map(\.score).max() ?? 0
        let top = scored.filter { $0.score == best }
        if best > 0 && top.count == 1 {
            return DepartmentResolution(written: name, status: .resolved, department: registry.departments[top[0].index])
        }
        let names = (best > 0 ? top : scored).map { registry.departments[$0.index].name }.sorted()
        return DepartmentResolution(written: name, status: .ambiguous, candidates: names,
                                    suggestion: names.count == 1 ? names[0] : nil)
    }

    /// How well an entry fits a context: its own region 4, the province of a city document 3,
    /// a city of a provincial document 2, a central entry in a central document 4 (else 1).
    func score(_ department: Department, in context: DepartmentContext) -> Int {
        if department.isCollective { return 5 }
        guard let region = department.region else { return context.isCentral ? 4 : 1 }
        if region == context.region { return 4 }
        if let province = context.province, region == province { return 3 }
        if let contextRegion = context.region, registry.provinceOfRegion[region] == contextRegion { return 2 }
        return 0
    }

    /// The department of a city, prefecture or county the registry does not list, by rule:
    /// a place name ending in 市, 州, 盟, 地区, 县, 区 or 旗 followed by a city-level department
    /// ending (眉山市商务局 → 眉山市商务局, counterpart 商务部; 郫都区市场监管局 → 郫都区市场监督管理局).
    /// The entry is made on the fly (source "rule:local"), not added to the registry.
    func unlistedLocalDepartment(_ key: String) -> Department? {
        for stem in registry.localStems where key.hasSuffix(stem.form) {
            let place = String(key.dropLast(stem.form.count))
            // (No place: 所在区、县人民代表大会常务委员会, 主席团或者市人民代表大会常务委员会, 自治县人民代表大会.)
            guard place.count >= 2, place.count <= 12,
                  !["各", "有关", "相关", "其他", "省", "市", "全", "本", "所在", "所属", "同级", "上级", "下级", "上一级", "该", "其",
                    "当地"].contains(where: { place.hasPrefix($0) }),
                  !["、", "，", "或者", "以及", "及", "与"].contains(where: { place.contains($0) }),
                  !["自治区", "自治州", "自治县", "自治旗", "地区", "新区", "城区", "辖区", "市区", "县区", "市州"].contains(place) else { continue }
            let level: DepartmentLevel
            if ["市", "州", "盟", "地区"].contains(where: { place.hasSuffix($0) }) {
                level = .municipal
            } else if ["县", "区", "旗"].contains(where: { place.hasSuffix($0) }) {
                level = .county
            } else {
                continue
            }
            // A listed region keeps its own names (上海市 has no 商务局); a city known only as a place has none listed.
            if let region = registry.region(named: place) {
                guard registry.ruleRegions.contains(region.name) else { return nil }
                return made(stem, in: region.name, written: key, level: level)
            }
            return made(stem, in: place, written: key, level: level)
        }
        return nil
    }

    /// A department of `place` by one of its template's endings (`unlistedLocalDepartment`).
    func made(_ stem: LocalStem, in place: String, written key: String?, level: DepartmentLevel) -> Department {
        let name = stem.pattern.replacingOccurrences(of: "{region}", with: place)
        return Department(name: name, aliases: key.map { $0 == name ? [] : [$0] } ?? [], level: level, region: place, kind: stem.kind,
                          counterpart: stem.counterpart, parent: stem.parent, source: "rule:local:\(stem.template)")
    }

    /// The department of a template in a city whose departments are made by rule (`DepartmentRegistry.ruleRegions`).
    func ruleDepartment(template: String, region: String) -> Department? {
        guard registry.ruleRegions.contains(region), let stem = registry.localStems.first(where: { $0.template == template }) else { return nil }
        return made(stem, in: region, written: nil, level: .municipal)
    }

    /// A name written with the city's prefix alone (市人民政府, 市民政局) in a document of a city whose departments
    /// are made by rule: that city's.
    func cityPrefixed(_ key: String, in context: DepartmentContext) -> Department? {
        guard let region = context.region, registry.ruleRegions.contains(region), key.hasPrefix("市"), !key.hasPrefix("市场"),
              let next = key.dropFirst().first, !"、，,和及与或（(".contains(next) else { return nil }
        return unlistedLocalDepartment(NameKey.make(region) + key.dropFirst())
    }

    /// "商务厅（牵头）" → "商务厅": a trailing parenthetical note.
    static func withoutTrailingNote(_ key: String) -> String? {
        guard key.hasSuffix("）"), let open = key.lastIndex(of: "（"), open > key.startIndex else { return nil }
        return String(key[..<open])
    }

    /// The closest entry to an unknown name: the smallest edit distance (at most a third of
    /// the length), else the longest registry name contained in it; ties go to the entry
    /// that fits the context best, then to the shorter name.
    func suggestion(forKey key: String, in context: DepartmentContext) -> String? {
        let characters = Array(key.unicodeScalars)
        guard (2...60).contains(characters.count) else { return nil }
        let limit = max(1, characters.count / 3)
        // The key's characters as a bitmap over the Basic Multilingual Plane (others always
        // count as shared: the filter below may then keep a candidate, never drop one).
        var letters = [UInt64](repeating: 0, count: 1024)
        for scalar in characters where scalar.value < 0x10000 { letters[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63) }
        func isShared(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value >= 0x10000 || letters[Int(scalar.value >> 6)] & (1 << (scalar.value & 63)) != 0
        }
        var best: (distance: Int, score: Int, name: String)?
        func consider(_ distance: Int, _ indices: [Int]) {
            for index in indices {
                let department = registry.departments[index]
                let candidate = (distance, score(department, in: context), department.name)
                if let current = best {
                    if candidate.0 > current.distance { continue }
                    if candidate.0 == current.distance {
                        if candidate.1 < current.score { continue }
                        if candidate.1 == current.score && (candidate.2.count, candidate.2) >= (current.name.count, current.name) { continue }
                    }
                }
                best = candidate
            }
        }
        for length in max(1, characters.count - limit)...(characters.count + limit) {
            for other in registry.keysByLength[length] ?? [] {
                // Cheap filter: an edit distance ≤ limit leaves at least length − limit shared characters.
                var shared = 0
                for scalar in other.scalars where isShared(scalar) { shared += 1 }
                guard shared >= length - limit else { continue }
                if let distance = EditDistance.distance(characters, other.scalars, limit: limit) {
                    consider(distance, registry.indices(forKey: other.key))
                }
            }
        }
        if let best { return best.name }
        // No near spelling: the longest known name inside the written one (商务部门 → 商务部).
        // Each substring of the key is looked up (at most 60·59/2 lookups) rather than every
        // registry key searched for in it; of several at one length the smallest key wins.
        for length in stride(from: characters.count - 1, through: 3, by: -1) {
            var found: String?
            for start in 0...(characters.count - length) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: characters[start..<(start + length)])
                let candidate = String(view)
                if !registry.indices(forKey: candidate).isEmpty, found.map({ candidate < $0 }) ?? true { found = candidate }
            }
            guard let found else { continue }
            consider(length, registry.indices(forKey: found))
            break
        }
        return best?.name
    }

    // MARK: Documents

    /// The context of a document: its level and region, normalised to registry regions; when
    /// the document gives no region, the region shared by most of its resolved issuers.
    public func context(for document: PolicyDocument) -> DepartmentContext {
        var level = document.level.map(DepartmentLevel.init)
        var region = document.region.flatMap(registry.region(named:))
        if region == nil && level != .central {
            var counts: [String: Int] = [:]
            var central = 0
            for issuer in document.issuers {
                guard let department = resolve(issuer, in: .none).department else { continue }
                if let name = department.region { counts[name, default: 0] += 1 } else if department.level == .central { central += 1 }
            }
            if let top = counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).first {
                region = registry.region(named: top.key)
            } else if central > 0 && level == nil {
                level = .central
            }
        }
        if level == nil, let region { level = region.level }
        return DepartmentContext(level: level, region: region?.name, province: region?.province)
    }

    /// Resolves every document in place (see `resolve(_:)`), returning one report per document.
    @discardableResult
    public func resolve(_ documents: inout [PolicyDocument], suggest: Bool = true) -> [DocumentDepartments] {
        documents.indices.map { resolve(&documents[$0], suggest: suggest) }
    }

    /// Resolves every issuer and responsible department of `document` without changing it.
    public func departments(of document: PolicyDocument) -> DocumentDepartments {
        var copy = document
        return resolve(&copy)
    }

    /// Fills `Responsibility.department` of every measure of `document` with the canonical
    /// name (nil when unresolved) and marks collective placeholders; returns every resolution
    /// keyed by measure id, and the names left unresolved (with suggestions for unknown names
    /// when `suggest` is true; the index, which keeps only the canonical names, passes false).
    @discardableResult
    public func resolve(_ document: inout PolicyDocument, suggest: Bool = true) -> DocumentDepartments {
        let context = context(for: document)
        var cache: [String: DepartmentResolution] = [:]
        func lookup(_ name: String) -> DepartmentResolution {
            if let known = cache[name] { return known }
            let resolution = resolve(name, in: context, suggest: suggest)
            cache[name] = resolution
            return resolution
        }
        let issuers = document.issuers.map(lookup)
        var byMeasure: [String: [DepartmentResolution]] = [:]
        var firstOffsets: [String: Int] = [:]
        for m in document.measures.indices {
            var resolutions: [DepartmentResolution] = []
            for r in document.measures[m].responsible.indices {
                let written = document.measures[m].responsible[r].name
                firstOffsets[written] = min(firstOffsets[written] ?? .max, document.measures[m].responsible[r].start)
                let resolution = lookup(written)
                document.measures[m].responsible[r].department = resolution.department?.name
                if resolution.department?.isCollective == true { document.measures[m].responsible[r].collective = true }
                resolutions.append(resolution)
            }
            byMeasure[document.measures[m].id] = resolutions
        }
        var seen = Set<String>()
        var unresolved: [DepartmentResolution] = []
        for resolution in issuers + document.measures.flatMap({ byMeasure[$0.id] ?? [] }) where !resolution.isResolved {
            if seen.insert(resolution.written).inserted { unresolved.append(resolution) }
        }
        return DocumentDepartments(document: document.id, context: context, issuers: issuers, measures: byMeasure,
                                   unresolved: unresolved, firstOffsets: firstOffsets)
    }
}

