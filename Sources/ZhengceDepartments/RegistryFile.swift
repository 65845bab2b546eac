/// The YAML schema of a registry file (bundled files and a corpus's departments.yaml).
/// Every section is optional; see docs/departments.md.
struct RegistryFile: Codable, Sendable {
    /// Regions and their cities.
    var regions: [RegionSpec]?
    /// Departments given one by one.
    var departments: [DepartmentSpec]?
    /// Rules that generate a department for every region.
    var templates: [TemplateSpec]?
    /// Canonical names to drop from the registry (a corpus file may remove a bundled entry).
    var remove: [String]?
}

/// A region as written in regions.yaml.
struct RegionSpec: Codable, Sendable {
    var name: String
    var short: String?
    var abbreviation: String?
    var kind: Region.Kind
    var capital: String?
    var cities: [String]?
    /// Other cities of the province: known as places, their departments made by rule (`DepartmentRegistry.ruleRegions`).
    var prefectures: [String]?
}

/// A predecessor or successor as written in a registry file.
struct SuccessionSpec: Codable, Sendable {
    var name: String
    var aliases: [String]?
    var date: String?
    var note: String?
}

/// A department as written in a registry file.
struct DepartmentSpec: Codable, Sendable {
    var name: String
    var aliases: [String]?
    var level: DepartmentLevel?
    var region: String?
    var kind: DepartmentKind
    var category: String?
    var counterpart: String?
    var parent: String?
    var supervisor: String?
    var successors: [SuccessionSpec]?
    var predecessors: [SuccessionSpec]?
}

/// One naming variant of a template: a stem with short forms, or explicit patterns.
struct VariantSpec: Codable, Sendable {
    var stem: String?
    var short: [String]?
    var also: [String]?
    var name: String?
    var aliases: [String]?
    var skip: Bool?
    var date: String?
    var note: String?
    /// For a predecessor: the region kinds it applies to (default: all the template covers).
    var kinds: [Region.Kind]?
    /// For a predecessor: its own head office or counterpart, when not the template's.
    var parent: String?
    var counterpart: String?
}

/// A rule that generates one department per region.
struct TemplateSpec: Codable, Sendable {
    var key: String
    var kind: DepartmentKind
    var counterpart: String?
    var parent: String?
    var category: String?
    var all: VariantSpec?
    var province: VariantSpec?
    var municipality: VariantSpec?
    var city: VariantSpec?
    var overrides: [String: VariantSpec]?
    var predecessors: [VariantSpec]?
    /// When given, only these regions (names) get the template.
    var regions: [String]?
    /// Extra words for the function in names such as 省人民政府{function}主管部门 (价格, 水行政).
    var functions: [String]?
}
