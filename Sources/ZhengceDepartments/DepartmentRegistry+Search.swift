import Foundation

/// Department names for a search filter: one owner for how `--dept` names widen.
extension DepartmentRegistry {
    /// The names a measure's responsibility may carry for the departments `names` stand for: each
    /// name as written, plus — for every registry entry it names (an alias or short form stands for
    /// every entry it names) — the entry's canonical name and aliases, and with `counterparts` its
    /// counterparts at other levels and predecessors. A name the registry does not know is kept as written.
    public func searchNames(for names: [String], counterparts: Bool) -> Set<String> {
        var out: Set<String> = []
        for name in names.map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            out.insert(name)
            let entries = department(named: name).map { [$0] } ?? candidates(for: name)
            for entry in entries {
                for related in relatedDepartments(of: entry.name, includingCounterparts: counterparts) {
                    out.insert(related.name)
                    out.formUnion(related.aliases)
                }
            }
        }
        return out
    }
}
