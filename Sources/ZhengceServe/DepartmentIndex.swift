import ZhengceDocument

/// Who is responsible for which measures across the corpus: each department (the canonical name
/// when resolved, else the name as written) with its measures and roles, and which departments
/// share measures.
struct DepartmentIndex: Sendable {
    /// One responsibility of one department for one measure.
    struct Entry: Codable, Sendable, Hashable {
        /// The document id, 发文字号 and year.
        var document: String
        var docNumber: String?
        var year: Int?
        /// The document's level and region.
        var level: String?
        var region: String?
        /// The measure id, label and title.
        var measure: String
        var label: String
        var title: String
        /// "lead" or "participant".
        var role: ResponsibilityRole
        /// The name as written in the measure.
        var written: String
    }

    /// Entries by department, in corpus order (documents by id, measures in order).
    let entries: [String: [Entry]]
    /// Department names, most measures first (ties by name).
    let names: [String]
    /// How many measures each unordered pair of departments shares ("a\u{1}b" with a < b).
    let shared: [String: Int]

    /// Indexes `documents`' responsibilities (collective ones, such as 各地区各部门, left out).
    init(documents: [PolicyDocument]) {
        var entries: [String: [Entry]] = [:]
        var shared: [String: Int] = [:]
        for d in documents {
            for m in d.measures {
                var seen: [String] = []
                for r in m.responsible where !r.collective {
                    let key = r.department ?? r.name
                    if seen.contains(key) { continue }
                    seen.append(key)
                    entries[key, default: []].append(Entry(
                        document: d.id, docNumber: d.docNumber, year: d.year, level: d.level?.rawValue, region: d.region,
                        measure: m.id, label: m.label, title: m.title, role: r.role, written: r.name))
                }
                let sorted = seen.sorted()
                for i in sorted.indices { for j in sorted.indices where j > i { shared[sorted[i] + "\u{1}" + sorted[j], default: 0] += 1 } }
            }
        }
        self.entries = entries
        self.shared = shared
        names = entries.keys.sorted { a, b in
            let ca = entries[a]?.count ?? 0, cb = entries[b]?.count ?? 0
            return ca != cb ? ca > cb : a < b
        }
    }

    /// How many measures `a` and `b` share.
    func sharedCount(_ a: String, _ b: String) -> Int {
        a < b ? shared[a + "\u{1}" + b] ?? 0 : shared[b + "\u{1}" + a] ?? 0
    }

    /// The departments sharing measures with `name`, most shared first.
    func partners(of name: String) -> [(name: String, count: Int)] {
        var out: [(String, Int)] = []
        for (key, count) in shared {
            let pair = key.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[0] == name { out.append((pair[1], count)) } else if pair[1] == name { out.append((pair[0], count)) }
        }
        return out.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}

/// Department badges: lead first, each a link to its department page.
enum DepartmentsHTML {
    /// Badges for (written name, canonical department, role) triples, leads first (order kept otherwise).
    static func badges(_ items: [(name: String, department: String?, role: ResponsibilityRole)]) -> String {
        let ordered = items.filter { $0.role == .lead } + items.filter { $0.role != .lead }
        return ordered.map { item in
            let key = item.department ?? item.name
            let shown = item.department.map { $0 == item.name ? item.name : "\(item.name)（\($0)）" } ?? item.name
            let role = item.role == .lead ? " 牵头" : ""
            return "<a class=\"dept\(item.role == .lead ? " lead" : "")\" href=\"\(HTML.escape("/departments/" + HTML.urlComponent(key)))\">\(HTML.escape(shown + role))</a>"
        }.joined()
    }
}
