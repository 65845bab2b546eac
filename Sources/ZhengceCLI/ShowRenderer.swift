import Foundation
import ZhengceDocument

/// Prints documents and provisions for `zhengce show`.
enum ShowRenderer {
    static func document(_ d: PolicyDocument, format: ShowFormat) throws {
        if format == .json {
            DocsLoader.write(try DocumentJSON.document(d))
            DocsLoader.line()
            return
        }
        func field(_ name: String, _ key: String, _ value: String?) {
            let source = d.provenance[key].map { " [\($0.rawValue)]" } ?? ""
            DocsLoader.line("\(name): \(value ?? "-")\(source)")
        }
        field("id", "", d.id)
        field("title", "title", d.title)
        if let notice = d.noticeTitle { DocsLoader.line("notice: \(notice)") }
        field("docNumber", "docNumber", d.docNumber)
        field("issuers", "issuers", d.issuers.isEmpty ? nil : d.issuers.joined(separator: "、"))
        field("date", "date", d.date)
        if d.publishedDate != nil { field("publishedDate", "publishedDate", d.publishedDate) }
        // A legislative header: each dated step, and which one `date` is.
        if !d.history.isEmpty {
            DocsLoader.line("dateBasis: \(d.dateBasis ?? "-")")
            for e in d.history {
                DocsLoader.line("history: \(e.date) \(e.kind.rawValue)" + (e.number.map { " \($0)" } ?? "") + (e.body.map { " (\($0))" } ?? ""))
            }
        }
        field("type", "type", d.type)
        field("level", "level", d.level?.rawValue)
        field("region", "region", d.region)
        field("status", "status", d.status.rawValue)
        field("period", "period", d.period.map { "\($0.start)-\($0.end)" })
        DocsLoader.line("source: \(d.source.path) (\(d.source.format), \(d.source.encoding), \(d.source.bytes) bytes)")
        DocsLoader.line("measures: \(d.measures.count)  provisions: \(d.provisions.count)  citations: \(d.citations.count)  warnings: \(d.warnings.count)")
        DocsLoader.line()
        let measureByProvision = Dictionary(uniqueKeysWithValues: d.measures.map { ($0.provision, $0) })
        for (index, p) in d.provisions.enumerated() {
            let indent = String(repeating: "  ", count: p.depth)
            let marker = p.kind == .measure ? "•" : (p.kind == .framing ? "◦" : " ")
            var line = "\(indent)\(marker) \(p.label) \(p.heading.isEmpty ? (measureByProvision[index]?.title ?? "") : p.heading)"
            if let m = measureByProvision[index], !m.responsible.isEmpty {
                line += "  [" + m.responsible.map { $0.name + ($0.role == .lead ? "*" : "") }.joined(separator: "、") + "]"
            }
            DocsLoader.line(line)
        }
        if !d.warnings.isEmpty {
            DocsLoader.line()
            for w in d.warnings { DocsLoader.line("warning: \(w.kind): \(w.message)") }
        }
    }

    static func provision(_ p: Provision, in d: PolicyDocument, format: ShowFormat) throws {
        let measure = d.measures.first { $0.id == p.id }
        if format == .json {
            let encoder = DocumentJSON.encoder()
            if let measure {
                DocsLoader.write(try encoder.encode(DocumentJSON.MeasureView(measure)))
            } else {
                DocsLoader.write(try encoder.encode(p))
            }
            DocsLoader.line()
            return
        }
        DocsLoader.line("\(d.id) \(p.path.joined(separator: " > "))  (\(p.kind.rawValue), id \(p.id))")
        if !p.heading.isEmpty { DocsLoader.line("heading: \(p.heading)") }
        if let m = measure {
            DocsLoader.line("title: \(m.title)")
            DocsLoader.line()
            DocsLoader.line(m.text)
            DocsLoader.line()
            for r in m.responsible {
                let role = r.role == .lead ? (r.roleInferred ? "lead (inferred: listed first)" : "lead") : "participant"
                DocsLoader.line("responsible: \(r.name) — \(role)\(r.collective ? ", collective" : "")\(r.department.map { " → \($0)" } ?? "")")
            }
            for t in m.targets {
                let bound = t.upperValue.map { "\(number(t.value))–\(number($0))" } ?? number(t.value)
                DocsLoader.line("target: \(t.phrase) (\(t.comparator.rawValue) \(bound) \(t.unit)\(t.year.map { ", by \($0)" } ?? ""))")
            }
            for c in m.citations {
                DocsLoader.line("cites: \(c.title.map { "《\($0)》" } ?? "")\(c.docNumber ?? "")")
            }
        } else {
            DocsLoader.line()
            DocsLoader.line(p.text)
            let children = d.provisions.filter { $0.parent.map { d.provisions[$0].id } == p.id }
            for c in children { DocsLoader.line("  \(c.label) \(c.heading)") }
        }
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
