import Foundation
import Yams
import ZhengceDocument

/// The department registry: every known department with its names, level, region,
/// counterparts, parents and reform history, and an index from names to entries.
///
/// The registry is data: the bundled YAML files in this module's `Resources/`
/// (regions.yaml, central.yaml, local.yaml, branches.yaml, collective.yaml), plus an
/// optional `departments.yaml` in a corpus folder that adds or overrides entries.
public struct DepartmentRegistry: Sendable {
    /// The bundled registry files, in load order.
    public static let bundledFileNames = ["regions.yaml", "central.yaml", "local.yaml", "branches.yaml", "collective.yaml"]
    /// The name of a corpus folder's own registry file.
    public static let corpusFileName = "departments.yaml"

    /// Every entry, in registry order (templates by region, then explicit entries).
    public let departments: [Department]
    /// Provincial-level regions, then cities.
    public let regions: [Region]
    /// The regions (cities) whose departments are made by rule, not listed (regions.yaml's `prefectures`).
    public let ruleRegions: Set<String>
    /// City-level department endings, for cities and counties not listed (longest first).
    public let localStems: [LocalStem]
    /// Function words for names such as 省人民政府生态环境主管部门 (longest first).
    public let functionWords: [FunctionWord]
    /// The current entry a template generated for a region: "template key|region" → entry index.
    let templateEntries: [String: Int]

    private let byName: [String: Int]
    /// The lookup key of each entry's canonical name, by entry index.
    let nameKeys: [String]
    /// For each city region name, its province.
    let provinceOfRegion: [String: String]
    /// Lookup keys as Unicode scalars, grouped by length (for suggestions).
    let keysByLength: [Int: [(key: String, scalars: [Unicode.Scalar])]]
    private let index: [String: [Int]]
    private let regionIndex: [String: Int]
    private let centralLinks: [String: [Int]]

    /// Builds a registry from YAML texts, each named for error messages; later texts override earlier ones.
    public init(yaml files: [(name: String, text: String)]) throws {
        var builder = RegistryBuilder()
        for file in files {
            do {
                let decoded = try YAMLDecoder().decode(RegistryFile.self, from: file.text)
                builder.add(decoded, source: (file.name as NSString).lastPathComponent)
            } catch let error as DecodingError {
                throw DepartmentError.badRegistryFile(path: file.name, reason: DepartmentRegistry.describe(error))
            } catch {
                throw DepartmentError.badRegistryFile(path: file.name, reason: "\(error)")
            }
        }
        let regions = builder.regions()
        let ruleRegions = builder.ruleRegions()
        let departments = builder.departments(regions: regions.filter { !ruleRegions.contains($0.name) })
        self.regions = regions
        self.ruleRegions = ruleRegions
        self.departments = departments
        self.localStems = builder.localStems()
        self.functionWords = builder.functionWords()
        var templateEntries: [String: Int] = [:]
        for (i, department) in departments.enumerated() where department.source.hasPrefix("template:") && !department.isHistorical {
            if let region = department.region {
                templateEntries[department.source.dropFirst("template:".count) + "|" + region] = i
            }
        }
        self.templateEntries = templateEntries

        var byName: [String: Int] = [:]
        var index: [String: [Int]] = [:]
        var links: [String: [Int]] = [:]
        for (i, department) in departments.enumerated() {
            byName[department.name] = i
            for key in Set(([department.name] + department.aliases).map(NameKey.make)) where !key.isEmpty {
                index[key, default: []].append(i)
            }
            if let central = department.counterpart { links[central, default: []].append(i) }
            if let parent = department.parent, parent != department.counterpart { links[parent, default: []].append(i) }
        }
        self.byName = byName
        self.index = index
        self.nameKeys = departments.map { NameKey.make($0.name) }
        self.provinceOfRegion = Dictionary(regions.compactMap { region in region.province.map { (region.name, $0) } },
                                           uniquingKeysWith: { first, _ in first })
        self.keysByLength = Dictionary(grouping: index.keys.sorted().map { ($0, Array($0.unicodeScalars)) }, by: \.1.count)
        self.centralLinks = links
        var regionIndex: [String: Int] = [:]
        for (i, region) in regions.enumerated() {
            regionIndex[region.name] = regionIndex[region.name] ?? i
        }
        for (i, region) in regions.enumerated() where regionIndex[region.short] == nil {
            regionIndex[region.short] = i
        }
        self.regionIndex = regionIndex
        try validate()
    }

    /// The bundled registry, loaded once.
    public static func bundled() throws -> DepartmentRegistry {
        try bundledResult.get()
    }

    private static let bundledResult: Result<DepartmentRegistry, Error> = Result {
        try DepartmentRegistry(yaml: bundledFiles())
    }

    /// The bundled registry files as (name, text).
    static func bundledFiles() throws -> [(name: String, text: String)] {
        try bundledFileNames.map { name in
            let base = (name as NSString).deletingPathExtension
            guard let url = Bundle.module.url(forResource: base, withExtension: "yaml")
                ?? Bundle.module.url(forResource: base, withExtension: "yaml", subdirectory: "Resources") else {
                throw DepartmentError.missingResources
            }
            return (name, try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The bundled registry extended by `folder/departments.yaml` when that file exists.
    public static func load(corpus folder: URL) throws -> DepartmentRegistry {
        let url = folder.appendingPathComponent(corpusFileName)
        guard let source = try checkCorpusFile(in: folder) else { return try bundled() }
        return try DepartmentRegistry(yaml: try bundledFiles() + [(url.path, source.text)])
    }

    /// Reads and decodes `folder/departments.yaml` without building the registry (cheap): a file
    /// that is not YAML text or holds a value of the wrong type is an error with file, line and
    /// column. Nil when the folder has no such file.
    @discardableResult
    public static func checkCorpusFile(in folder: URL) throws -> YAMLSource? {
        let url = folder.appendingPathComponent(corpusFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do throws(YAMLSourceError) {
            let source = try YAMLSource(fileAt: url, path: url.path)
            _ = try source.decode(RegistryFile.self)
            return source
        } catch {
            throw DepartmentError.badFile(error)
        }
    }

    /// The entry with this canonical name.
    /// - Complexity: O(1).
    public func department(named name: String) -> Department? {
        byName[name].map { departments[$0] }
    }

    /// The entries any of whose names folds to the same key as `name` (no context applied).
    /// A leading 中华人民共和国 is dropped when the full form is unknown.
    public func candidates(for name: String) -> [Department] {
        candidateIndices(forKey: NameKey.make(name)).map { departments[$0] }
    }

    func candidateIndices(forKey key: String) -> [Int] {
        if let found = index[key] { return found }
        if key.hasPrefix(NameKey.statePrefix), let found = index[String(key.dropFirst(NameKey.statePrefix.count))] {
            return found
        }
        return []
    }

    func indices(forKey key: String) -> [Int] { index[key] ?? [] }

    /// The current department a template (by key) generated for a region, if any.
    public func department(template key: String, region: String) -> Department? {
        templateEntries[key + "|" + region].map { departments[$0] }
    }

    /// The region with this name or short form (四川省, 四川, 成都市, 成都).
    public func region(named name: String) -> Region? {
        let key = NameKey.make(name)
        return regionIndex[key].map { regions[$0] }
    }

    /// Local departments whose counterpart is `name`, and branches whose head office is `name`.
    public func localCounterparts(of name: String) -> [Department] {
        (centralLinks[name] ?? []).map { departments[$0] }
    }

    /// A department, plus — with counterparts — its local counterparts and branches (for a central
    /// department) or its central counterpart or head office (for a local one); with predecessors,
    /// also the bodies each of these replaced, and theirs in turn — but not past a body that passed on only some of its
    /// duties (a succession with a note: 国家质量监督检验检疫总局 is a predecessor of 海关总署 for inspection and
    /// quarantine; the quality bodies it had absorbed are not). Sorted by level, region, name.
    public func relatedDepartments(of name: String, includingCounterparts: Bool, includingPredecessors: Bool = true) -> [Department] {
        guard let start = department(named: name) else { return [] }
        var names: [String] = [start.name]
        if includingCounterparts {
            if start.level == .central {
                names += localCounterparts(of: start.name).map(\.name)
            } else if let central = start.central {
                names.append(central)
            }
        }
        if includingPredecessors {
            var queue = names
            while let next = queue.popLast() {
                for predecessor in department(named: next)?.predecessors ?? [] where !names.contains(predecessor.name) {
                    names.append(predecessor.name)
                    if predecessor.note == nil { queue.append(predecessor.name) }
                }
            }
        }
        return Array(Set(names)).compactMap(department(named:)).sorted(by: DepartmentRegistry.displayOrder)
    }

    /// Central first, then by region and name.
    public static func displayOrder(_ a: Department, _ b: Department) -> Bool {
        let la = a.level ?? .county, lb = b.level ?? .county
        if (a.level == nil) != (b.level == nil) { return b.level == nil }
        if la != lb { return la < lb }
        if (a.region ?? "") != (b.region ?? "") { return (a.region ?? "") < (b.region ?? "") }
        return a.name < b.name
    }

    /// Every counterpart, parent, supervisor and succession points at an entry.
    private func validate() throws {
        for department in departments {
            let references: [(String, String?)] = [
                ("counterpart", department.counterpart), ("parent", department.parent), ("supervisor", department.supervisor),
            ] + department.successors.map { ("successor", $0.name) }
            for (field, target) in references {
                guard let target, byName[target] == nil else { continue }
                throw DepartmentError.danglingReference(entry: department.name, field: field, target: target)
            }
            if let region = department.region, regionIndex[region] == nil {
                throw DepartmentError.danglingReference(entry: department.name, field: "region", target: region)
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
