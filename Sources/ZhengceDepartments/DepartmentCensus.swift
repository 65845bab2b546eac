import ZhengceDocument

/// The departments of a corpus: every document resolved in its own context, with
/// per-department counts (`usage()`) and the measures of given departments (`measures(of:)`).
public struct DepartmentCensus: Sendable {
    /// The documents, with `Responsibility.department` filled.
    public let documents: [PolicyDocument]
    /// One resolution report per document, in the same order.
    public let reports: [DocumentDepartments]
    /// The resolver used.
    public let resolver: DepartmentResolver

    /// Resolves every document of `documents`.
    /// - Complexity: O(total responsibilities), plus a registry scan per distinct unknown name.
    public init(documents: [PolicyDocument], resolver: DepartmentResolver) {
        var resolved = documents
        var reports: [DocumentDepartments] = []
        for i in resolved.indices { reports.append(resolver.resolve(&resolved[i])) }
        self.documents = resolved
        self.reports = reports
        self.resolver = resolver
    }

    /// Every department named in the corpus (issuers and responsibility clauses), resolved ones
    /// first (central, then by region and name), then unresolved names by name.
    public func usage() -> [DepartmentUsage] {
        struct Tally { var aliases = Set<String>(); var issued = 0; var led = 0; var joined = 0 }
        var first: [String: DepartmentResolution] = [:]
        var tallies: [String: [String: Tally]] = [:]   // name → document → tally
        for (document, report) in zip(documents, reports) {
            for issuer in report.issuers {
                first[issuer.name] = first[issuer.name] ?? issuer
                var tally = tallies[issuer.name, default: [:]][document.id, default: Tally()]
                tally.aliases.insert(issuer.written)
                tally.issued = 1
                tallies[issuer.name, default: [:]][document.id] = tally
            }
            for measure in document.measures {
                let resolutions = report.measures[measure.id] ?? []
                var roles: [String: Bool] = [:]   // name → leads
                for (responsibility, resolution) in zip(measure.responsible, resolutions) {
                    first[resolution.name] = first[resolution.name] ?? resolution
                    tallies[resolution.name, default: [:]][document.id, default: Tally()].aliases.insert(resolution.written)
                    roles[resolution.name] = (roles[resolution.name] ?? false) || responsibility.role == .lead
                }
                for (name, leads) in roles {
                    if leads { tallies[name]?[document.id]?.led += 1 } else { tallies[name]?[document.id]?.joined += 1 }
                }
            }
        }
        var result: [DepartmentUsage] = []
        for (name, byDocument) in tallies {
            guard let resolution = first[name] else { continue }
            let rows = byDocument.sorted { $0.key < $1.key }.map { id, tally in
                DepartmentUsage.PerDocument(document: id, aliasesSeen: tally.aliases.sorted(), issued: tally.issued,
                                            led: tally.led, joined: tally.joined)
            }
            let department = resolution.department
            result.append(DepartmentUsage(
                name: name, status: resolution.status, kind: department?.kind, level: department?.level,
                region: department?.region, counterpart: department?.counterpart, parent: department?.parent,
                successors: department?.successors ?? [], suggestion: resolution.suggestion,
                aliasesSeen: Set(rows.flatMap(\.aliasesSeen)).sorted(), issued: rows.reduce(0) { $0 + $1.issued },
                led: rows.reduce(0) { $0 + $1.led }, joined: rows.reduce(0) { $0 + $1.joined }, documents: rows))
        }
        let departments = Dictionary(uniqueKeysWithValues: result.compactMap { usage in
            resolver.registry.department(named: usage.name).map { (usage.name, $0) }
        })
        return result.sorted { a, b in
            switch (departments[a.name], departments[b.name]) {
            case let (x?, y?): return DepartmentRegistry.displayOrder(x, y)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.name < b.name
            }
        }
    }

    /// The measures of a department (canonical name) and, with counterparts, of its local
    /// counterparts and branches or its central department, plus the bodies they replaced.
    /// Local departments resolved by rule (cities the registry does not list) count as
    /// counterparts of their central department.
    public func measures(relatedTo name: String, includingCounterparts: Bool) -> [DocumentMeasureGroup] {
        let registry = resolver.registry
        var names = Set(registry.relatedDepartments(of: name, includingCounterparts: includingCounterparts).map(\.name))
        names.insert(name)   // entries made by rule are not in the registry
        if includingCounterparts, registry.department(named: name)?.level == .central {
            for report in reports {
                for resolution in report.measures.values.joined() where resolution.department?.central == name {
                    if let department = resolution.department { names.insert(department.name) }
                }
            }
        }
        return measures(of: names)
    }

    /// The measures that any of `names` (canonical names) leads or joins, grouped by document
    /// in corpus order; documents without such a measure are left out.
    public func measures(of names: Set<String>) -> [DocumentMeasureGroup] {
        var groups: [DocumentMeasureGroup] = []
        for document in documents {
            var rows: [DepartmentMeasure] = []
            for measure in document.measures {
                var seen = Set<String>()
                for responsibility in measure.responsible {
                    guard let department = responsibility.department, names.contains(department),
                          seen.insert(department).inserted else { continue }
                    rows.append(DepartmentMeasure(
                        measure: measure.id, label: measure.label, path: measure.path, title: measure.title,
                        department: department, written: responsibility.name, role: responsibility.role,
                        roleInferred: responsibility.roleInferred))
                }
            }
            if !rows.isEmpty {
                groups.append(DocumentMeasureGroup(document: document.id, title: document.title, level: document.level,
                                                   region: document.region, measures: rows))
            }
        }
        return groups
    }

    /// The names of a document left unresolved, by document id.
    public var unresolved: [(document: String, names: [DepartmentResolution])] {
        reports.filter { !$0.unresolved.isEmpty }.map { ($0.document, $0.unresolved) }
    }
}
