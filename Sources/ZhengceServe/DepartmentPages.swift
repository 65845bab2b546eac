import Foundation
import ZhengceDepartments
import ZhengceDocument

/// `/departments`: every responsible department with its measures, and which departments share
/// measures (a co-responsibility matrix of the most active ones).
struct DepartmentsPage {
    let corpus: CorpusSnapshot
    /// How many departments the matrix shows.
    var matrixSize = 14

    /// One department's totals (JSON).
    struct Summary: Codable {
        var name: String
        var measures: Int
        var lead: Int
        var documents: Int
    }

    /// One pair of departments sharing measures (JSON).
    struct Pair: Codable {
        var departments: [String]
        var shared: Int
    }

    /// The page's JSON.
    struct Body: Codable {
        var departments: [Summary]
        var shared: [Pair]
    }

    /// The page or its JSON.
    func response(json: Bool) throws -> PageResponse {
        let index = corpus.departments
        let summaries = index.names.map { name -> Summary in
            let entries = index.entries[name] ?? []
            return Summary(name: name, measures: entries.count, lead: entries.filter { $0.role == .lead }.count,
                           documents: Set(entries.map(\.document)).count)
        }
        if json {
            let pairs = index.shared.map { key, count in Pair(departments: key.split(separator: "\u{1}").map(String.init), shared: count) }
                .sorted { ($1.shared, $0.departments.joined()) < ($0.shared, $1.departments.joined()) }
            return .json(try JSONOutput.encode(Body(departments: summaries, shared: pairs)))
        }
        var body = "<h1>部门 Departments</h1><p class=\"muted\">\(summaries.count) departments responsible for measures (collective bodies such as 各地区各部门 left out).</p>"
        let top = Array(index.names.prefix(matrixSize))
        if top.count > 1 {
            body += "<h2>协同矩阵 Co-responsibility: measures shared by two departments</h2><table class=\"matrix\"><tr><th></th>"
            body += top.enumerated().map { "<th class=\"col\" title=\"\(HTML.escape($1))\">\($0 + 1). \(HTML.escape(String($1.prefix(10))))</th>" }.joined() + "</tr>"
            let most = max(1, top.flatMap { a in top.filter { $0 != a }.map { index.sharedCount(a, $0) } }.max() ?? 1)
            for (i, a) in top.enumerated() {
                body += "<tr><th>\(i + 1). \(HTML.link("/departments/" + HTML.urlComponent(a), a))</th>"
                for b in top {
                    if a == b { body += "<td class=\"c none\">\(index.entries[a]?.count ?? 0)</td>"; continue }
                    let n = index.sharedCount(a, b)
                    let alpha = n == 0 ? 0 : 0.15 + 0.85 * Double(n) / Double(most)
                    body += "<td class=\"c\" style=\"background:rgba(74,120,176,\(String(format: "%.2f", alpha)))\" title=\"\(HTML.escape(a + " + " + b))\">\(n == 0 ? "" : String(n))</td>"
                }
                body += "</tr>"
            }
            body += "</table><p class=\"muted\">Diagonal: the department's own measures.</p>"
        }
        body += "<h2>All departments</h2><table><tr><th>department</th><th>measures</th><th>lead</th><th>documents</th></tr>"
        for s in summaries {
            body += "<tr><td>\(HTML.link("/departments/" + HTML.urlComponent(s.name), s.name))</td><td class=\"num\">\(s.measures)</td><td class=\"num\">\(s.lead)</td><td class=\"num\">\(s.documents)</td></tr>"
        }
        body += "</table>"
        return .html(Layout.page(title: "Departments", section: "/departments", body: body))
    }
}

/// `/departments/{name}`: a department's measures across the corpus, its counterparts at other
/// levels with theirs, and the departments it shares measures with.
struct DepartmentPage {
    let corpus: CorpusSnapshot
    let name: String

    /// A related department and its measures in the corpus (JSON).
    struct Related: Codable {
        var name: String
        var level: String?
        var region: String?
        var measures: Int
    }

    /// A department sharing measures (JSON).
    struct Partner: Codable {
        var name: String
        var shared: Int
    }

    /// The page's JSON.
    struct Body: Codable {
        var name: String
        var level: String?
        var region: String?
        var counterparts: [Related]
        var measures: [DepartmentIndex.Entry]
        var partners: [Partner]
    }

    /// The page or its JSON; 404 when no measure names the department and the registry does not know it.
    func response(json: Bool) throws -> PageResponse {
        let index = corpus.departments
        let registry = corpus.registry
        let entry = registry?.department(named: name)
        let key = index.entries[name] != nil ? name : (entry?.name ?? name)
        let entries = index.entries[key] ?? []
        guard !entries.isEmpty || entry != nil else {
            if json { return ErrorJSON.response(404, "no department ‘\(name)’ in the corpus or the registry") }
            let near = index.names.filter { $0.contains(name) || name.contains($0) }.prefix(8)
            let extra = near.isEmpty ? "" : "<p>Similar: " + near.map { HTML.link("/departments/" + HTML.urlComponent($0), $0) }.joined(separator: "，") + "</p>"
            return Layout.error(404, title: "Department not found", message: "No department ‘\(name)’ in the corpus or the registry.", extra: extra)
        }
        let related = (registry?.relatedDepartments(of: key, includingCounterparts: true) ?? []).filter { $0.name != key }
            .map { Related(name: $0.name, level: $0.level?.rawValue, region: $0.region, measures: index.entries[$0.name]?.count ?? 0) }
        let partners = index.partners(of: key).map { Partner(name: $0.name, shared: $0.count) }
        if json {
            return .json(try JSONOutput.encode(Body(name: key, level: entry?.level?.rawValue, region: entry?.region,
                                                    counterparts: related, measures: entries, partners: partners)))
        }
        var body = "<h1>\(HTML.escape(key))</h1>"
        if let entry {
            body += "<p class=\"muted\">\(HTML.escape([entry.level?.rawValue, entry.region, entry.aliases.isEmpty ? nil : "aliases: " + entry.aliases.joined(separator: "、")].compactMap { $0 }.joined(separator: " · ")))</p>"
        }
        let lead = entries.filter { $0.role == .lead }.count
        body += "<p>\(entries.count) measures (\(lead) as lead) in \(Set(entries.map(\.document)).count) documents · "
        body += HTML.link("/search?dept=" + HTML.urlComponent(key) + "&counterparts=1", "检索含对口部门 search with counterparts") + "</p>"
        if !related.isEmpty {
            body += "<h2>对口与沿革 Counterparts and predecessors</h2><table><tr><th>department</th><th>level</th><th>region</th><th>measures here</th></tr>"
            for r in related {
                body += "<tr><td>\(HTML.link("/departments/" + HTML.urlComponent(r.name), r.name))</td><td>\(HTML.escape(r.level ?? ""))</td><td>\(HTML.escape(r.region ?? ""))</td><td class=\"num\">\(r.measures)</td></tr>"
            }
            body += "</table>"
        }
        if !partners.isEmpty {
            body += "<h2>协同部门 Shares measures with</h2>"
            body += BarChart(items: partners.prefix(15).map { ($0.name, $0.shared) }).render()
        }
        body += "<h2>措施 Measures</h2><table><tr><th>document</th><th>measure</th><th>role</th><th>as written</th></tr>"
        for e in entries {
            body += "<tr><td>\(HTML.link(HTML.documentURL(e.document), e.docNumber ?? e.document))</td>"
            body += "<td>\(HTML.link(HTML.measureURL(document: e.document, measure: e.measure), e.label + " " + e.title))</td>"
            body += "<td>\(e.role == .lead ? "<b>牵头 lead</b>" : "参与 participant")</td><td>\(HTML.escape(e.written))</td></tr>"
        }
        body += "</table>"
        return .html(Layout.page(title: key, section: "/departments", body: body))
    }
}
