import ZhengceDocument
import ZhengceText

/// Restrictions on which measures a search returns; every set field must hold.
public struct SearchFilters: Sendable, Hashable {
    /// Department names: a measure matches when a responsibility's canonical `department` or
    /// written `name` is one of them. The caller expands aliases and counterparts.
    public var departments: Set<String>
    /// Only responsibilities with this role count for `departments` (nil: any role).
    public var role: ResponsibilityRole?
    /// A document id or 发文字号 (normalised before comparison).
    public var document: String?
    /// Region as stored (e.g. 上海市); "上海" also matches 上海市.
    public var region: String?
    /// Administrative level.
    public var level: DocumentLevel?
    /// Years of the document's date (or publication date), inclusive; documents without a
    /// date never match a year filter.
    public var years: ClosedRange<Int>?
    /// Draft or final.
    public var status: DocumentStatus?

    /// Makes filters; all empty by default.
    public init(departments: Set<String> = [], role: ResponsibilityRole? = nil, document: String? = nil,
                region: String? = nil, level: DocumentLevel? = nil, years: ClosedRange<Int>? = nil,
                status: DocumentStatus? = nil) {
        self.departments = departments; self.role = role; self.document = document; self.region = region
        self.level = level; self.years = years; self.status = status
    }

    /// True when no filter is set.
    public var isEmpty: Bool {
        departments.isEmpty && role == nil && document == nil && region == nil && level == nil && years == nil && status == nil
    }

    /// Parses a year filter: "2023", "2021-2024", "2023-" (from 2023), "-2020" (up to 2020).
    public static func years(parsing text: String) throws -> ClosedRange<Int> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        func year(_ s: String, default value: Int) throws -> Int {
            if s.isEmpty && parts.count == 2 { return value }
            guard let y = Int(s), (1000...9999).contains(y) else {
                throw QueryError.badFilter("year '\(text)' is not YEAR, FROM-TO, FROM- or -TO (four-digit years)")
            }
            return y
        }
        let from = try year(parts[0], default: 0)
        let to = parts.count == 2 ? try year(parts[1], default: 9999) : from
        guard from <= to else { throw QueryError.badFilter("year range '\(text)' runs backwards; write FROM-TO with FROM ≤ TO") }
        return from...to
    }

    /// The SQL condition (over `m` measures and `d` documents) and its arguments.
    func sql() -> (condition: String, arguments: [String]) {
        var conditions: [String] = []
        var arguments: [String] = []
        if !departments.isEmpty {
            let names = departments.sorted()
            let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
            var clause = "EXISTS (SELECT 1 FROM responsibilities r WHERE r.measure = m.rowid AND (r.department IN (\(marks)) OR r.name IN (\(marks)))"
            arguments += names + names
            if let role {
                clause += " AND r.role = ?"
                arguments.append(role.rawValue)
            }
            conditions.append(clause + ")")
        } else if let role {
            conditions.append("EXISTS (SELECT 1 FROM responsibilities r WHERE r.measure = m.rowid AND r.role = ? AND r.collective = 0)")
            arguments.append(role.rawValue)
        }
        if let document {
            let trimmed = document.trimmingCharacters(in: .whitespaces)
            let number = DocumentNumber.normalize(trimmed) ?? trimmed
            conditions.append("(d.id = ? OR d.doc_number = ? OR d.doc_number = ?)")
            arguments += [trimmed, trimmed, number]
        }
        if let region {
            let trimmed = region.trimmingCharacters(in: .whitespaces)
            conditions.append("(d.region = ? OR substr(d.region, 1, length(?)) = ?)")
            arguments += [trimmed, trimmed, trimmed]
        }
        if let level {
            conditions.append("d.level = ?")
            arguments.append(level.rawValue)
        }
        if let years {
            conditions.append("d.year BETWEEN ? AND ?")
            arguments += [String(years.lowerBound), String(years.upperBound)]
        }
        if let status {
            conditions.append("d.status = ?")
            arguments.append(status.rawValue)
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
