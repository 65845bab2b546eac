import Foundation
import ZhengceDocument

/// Prints documents and provisions for `zhengce show`.
enum ShowRenderer {
    static func document(_ d: PolicyDocument, format: ShowFormat) throws {
        if format == .json {
            Console.write(try DocumentJSON.document(d))
            Console.line()
            return
        }
        func field(_ name: String, _ key: String, _ value: String?) {
            let source = d.provenance[key].map { " [\($0.rawValue)]" } ?? ""
            Console.line("\(name): \(value ?? "-")\(source)")
        }
        field("id", "", d.id)
        field("title", "title", d.title)
        if let notice = d.noticeTitle { Console.line("notice: \(notice)") }
        field("docNumber", "docNumber", d.docNumber)
        field("issuers", "issuers", d.issuers.isEmpty ? nil : d.issuers.joined(separator: "、"))
        field("date", "date", d.date)
        if d.publishedDate != nil { field("publishedDate", "publishedDate", d.publishedDate) }
        // A legislative header: each dated step, and which one `date` is.
        if !d.history.isEmpty {
            Console.line("dateBasis: \(d.dateBasis ?? "-")")
            for e in d.history {
                Console.line("history: \(e.date) \(e.kind.rawValue)" + (e.number.map { " \($0)" } ?? "") + (e.body.map { " (\($0))" } ?? ""))
            }
        }
        field("type", "type", d.type)
        field("level", "level", d.level?.rawValue)
        field("region", "region", d.region)
        field("status", "status", d.status.rawValue)
        field("period", "period", d.period.map { "\($0.start)-\($0.end)" })
        Console.line("source: \(d.source.path) (\(d.source.format), \(d.source.encoding), \(d.source.bytes) bytes)")
        Console.line("measures: \(d.measures.count)  provisions: \(d.provisions.count)  citations: \(d.citations.count)  warnings: \(d.warnings.count)")
        Console.line()
        let measureByProvision = Dictionary(uniqueKeysWithValues: d.measures.map { ($0.provision, $0) })
        for (index, p) in d.provisions.enumerated() {
            let indent = String(repeating: "  ", count: p.depth)
            let marker = p.kind == .measure ? "•" : (p.kind == .framing ? "◦" : " ")
            var line = "\(indent)\(marker) \(p.label) \(p.heading.isEmpty ? (measureByProvision[index]?.title ?? "") : p.heading)"
            if let m = measureByProvision[index], !m.responsible.isEmpty {
                line += "  [" + m.responsible.map { $0.name + ($0.role == .lead ? "*" : "") }.joined(separator: "、") + "]"
            }
            Console.line(line)
        }
        if !d.warnings.isEmpty {
            Console.line()
            for w in d.warnings { Console.line("warning: \(w.kind): \(w.message)") }
        }
    }

    static func provision(_ p: Provision, in d: PolicyDocument, format: ShowFormat) throws {
        let measure = d.measures.first { $0.id == p.id }
        if format == .json {
            let encoder = DocumentJSON.encoder()
            if let measure {
                Console.write(try encoder.encode(DocumentJSON.MeasureView(measure)))
            } else {
                Console.write(try encoder.encode(p))
            }
            Console.line()
            return
        }
        Console.line("\(d.id) \(p.path.joined(separator: " > "))  (\(p.kind.rawValue), id \(p.id))")
        if !p.heading.isEmpty { Console.line("heading: \(p.heading)") }
        if let m = measure {
            Console.line("title: \(m.title)")
            Console.line()
            Console.line(m.text)
            Console.line()
            for r in m.responsible {
                let role = r.role == .lead ? (r.roleInferred ? "lead (inferred: listed first)" : "lead") : "participant"
                Console.line("responsible: \(r.name) — \(role)\(r.collective ? ", collective" : "")\(r.department.map { " → \($0)" } ?? "")")
            }
            for t in m.targets {
                let bound = t.upperValue.map { "\(number(t.value))–\(number($0))" } ?? number(t.value)
                Console.line("target: \(t.phrase) (\(t.comparator.rawValue) \(bound) \(t.unit)\(t.year.map { ", by \($0)" } ?? ""))")
            }
            for c in m.citations {
                Console.line("cites: \(c.title.map { "《\($0)》" } ?? "")\(c.docNumber ?? "")")
            }
        } else {
            Console.line()
            Console.line(p.text)
            let children = d.provisions.filter { $0.parent.map { d.provisions[$0].id } == p.id }
            for c in children { Console.line("  \(c.label) \(c.heading)") }
        }
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
