import Foundation
import Yams
import ZhengceText

/// Facts about corpus documents that their text lacks, read from `corpus.yaml`.
/// A value given here overrides what the parser finds in the text.
public struct CorpusMetadata: Sendable, Equatable {
    /// The metadata of one document; every field optional.
    public struct Entry: Codable, Sendable, Equatable {
        public var title: String?
        public var docNumber: String?
        public var issuers: [String]?
        public var date: String?
        public var publishedDate: String?
        public var type: String?
        public var level: DocumentLevel?
        public var region: String?
        public var status: DocumentStatus?
        public var period: String?
        public var seedFile: String?

        /// The field names a corpus.yaml entry may use (the stored properties, so a new field is known at once).
        public static let fieldNames: Set<String> = Set(Mirror(reflecting: Entry()).children.compactMap(\.label))

        public init(title: String? = nil, docNumber: String? = nil, issuers: [String]? = nil, date: String? = nil,
                    publishedDate: String? = nil, type: String? = nil, level: DocumentLevel? = nil,
                    region: String? = nil, status: DocumentStatus? = nil, period: String? = nil, seedFile: String? = nil) {
            self.title = title; self.docNumber = docNumber; self.issuers = issuers; self.date = date
            self.publishedDate = publishedDate; self.type = type; self.level = level; self.region = region
            self.status = status; self.period = period; self.seedFile = seedFile
        }
    }

    private struct File: Codable { var documents: [String: Entry]? }

    /// Entries by file name.
    public var documents: [String: Entry]

    /// Makes metadata from entries by file name.
    public init(documents: [String: Entry] = [:]) { self.documents = documents }

    /// The conventional file name inside a corpus folder.
    public static let fileName = "corpus.yaml"

    /// Reads `corpus.yaml` from `folder`; no file means no metadata. A file that is not YAML text,
    /// a value of the wrong type, a date that is not a calendar day (2021-02-30) or a period that
    /// is not two years is an error naming the file, line and column.
    public static func load(from folder: URL) throws -> CorpusMetadata {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return CorpusMetadata() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DocumentError.unreadable(path: url.path, reason: SystemReason.of(error))
        }
        return try parse(data: data, path: url.path)
    }

    /// Parses the bytes of a `corpus.yaml` named `path` (for messages), with the checks of `load(from:)`.
    public static func parse(data: Data, path: String) throws -> CorpusMetadata {
        do throws(YAMLSourceError) {
            let source = try YAMLSource(data: data, path: path)
            let file = try source.decode(File.self)
            let documents = file.documents ?? [:]
            for (key, line, column) in source.mappingKeys(at: []) where key != "documents" {
                throw YAMLSourceError(path: path, line: line, column: column, message: "unknown key '\(key)' (corpus.yaml has one: documents)")
            }
            for name in documents.keys.sorted() {
                let entry = documents[name]!
                // A misspelt field (dat: for date:) would be dropped without a word.
                for (key, line, column) in source.mappingKeys(at: ["documents", name]) where !Entry.fieldNames.contains(key) {
                    let near = Entry.fieldNames.sorted().first { EditDistance.distance(Array(key), Array($0), limit: 2) != nil }
                    throw YAMLSourceError(path: path, line: line, column: column,
                                          message: "unknown field '\(key)'" + (near.map { "; did you mean '\($0)'?" } ?? " (fields: \(Entry.fieldNames.sorted().joined(separator: ", ")))"))
                }
                for (field, value) in [("date", entry.date), ("publishedDate", entry.publishedDate)] {
                    if let value, !CalendarDate.isValid(value) {
                        throw source.error(at: ["documents", name, field], "\(field) '\(value)' is not a calendar date (YYYY-MM-DD)")
                    }
                }
                if let period = entry.period, PlanPeriod(parsing: period) == nil {
                    throw source.error(at: ["documents", name, "period"], "period '\(period)' is not two years (e.g. 2024-2027)")
                }
            }
            return CorpusMetadata(documents: documents)
        } catch {
            throw DocumentError.badFile(error)
        }
    }

    /// Overrides `document`'s fields with `entry`'s and records the provenance of each field.
    public static func apply(_ entry: Entry?, to document: inout PolicyDocument) {
        var p = document.provenance
        func mark(_ field: String, present: Bool) {
            if p[field] == nil { p[field] = present ? .text : .missing }
        }
        mark("title", present: document.title != nil)
        mark("docNumber", present: document.docNumber != nil)
        mark("issuers", present: !document.issuers.isEmpty)
        mark("date", present: document.date != nil)
        mark("publishedDate", present: document.publishedDate != nil)
        mark("type", present: document.type != nil)
        mark("level", present: document.level != nil)
        mark("region", present: document.region != nil)
        mark("status", present: true)
        mark("period", present: document.period != nil)
        if let entry {
            if let v = entry.title { document.title = v; p["title"] = .corpus }
            if let v = entry.docNumber { document.docNumber = DocumentNumber.normalize(v) ?? v; p["docNumber"] = .corpus }
            if let v = entry.issuers { document.issuers = v; p["issuers"] = .corpus }
            if let v = entry.date { document.date = v; document.dateBasis = nil; p["date"] = .corpus }
            if let v = entry.publishedDate { document.publishedDate = v; p["publishedDate"] = .corpus }
            if let v = entry.type { document.type = v; p["type"] = .corpus }
            if let v = entry.level { document.level = v; p["level"] = .corpus }
            if let v = entry.region { document.region = v; p["region"] = .corpus }
            if let v = entry.status { document.status = v; p["status"] = .corpus }
            if let v = entry.period, let period = PlanPeriod(parsing: v) { document.period = period; p["period"] = .corpus }
            // Fields that follow from corpus-given ones (type from the title, level from the issuers).
            if document.type == nil, entry.title != nil, let title = document.title, let type = DocumentTypes.type(ofTitle: title) {
                document.type = type; p["type"] = .corpus
            }
            if document.period == nil, entry.title != nil, let title = document.title, let period = PeriodParser.period(in: title) {
                document.period = period; p["period"] = .corpus
            }
            if document.level == nil, entry.issuers != nil || entry.docNumber != nil {
                var found: (DocumentLevel, String?)?
                for issuer in document.issuers { if let c = RegionTable.classify(issuer: issuer) { found = c; break } }
                if found == nil, let number = document.docNumber {
                    let prefix = String(number.prefix(while: { $0 != "〔" }))
                    found = RegionTable.classify(docNumberPrefix: prefix)
                }
                if let (level, region) = found {
                    document.level = level; p["level"] = .corpus
                    if document.region == nil, let region { document.region = region; p["region"] = .corpus }
                }
            }
            // Warnings about metadata the corpus now supplies no longer apply.
            document.warnings.removeAll { ($0.kind == "no-doc-number" && document.docNumber != nil) || ($0.kind == "no-date" && document.date != nil) }
        }
        document.provenance = p
    }
}

extension PlanPeriod {
    /// Parses "2024-2027", "2024—2027" or "2024-2027年".
    public init?(parsing text: String) {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1900...2200).contains($0) }
        guard digits.count == 2, digits[0] <= digits[1] else { return nil }
        self.init(start: digits[0], end: digits[1])
    }
}

/// Dates as corpus files give them.
public enum CalendarDate {
    /// True for `YYYY-MM-DD` naming a day that exists in the Gregorian calendar (no 2021-02-30).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// The one calendar date written `YYYY-MM-DD` in the name of the file at `path` (its last component, extension
    /// dropped): `上海市产品质量条例(2012-04-19).md` → 2012-04-19. Nil when the name holds none, more than one, or a
    /// day that does not exist; digits running on either side (`120240101-01`) are no date.
    public static func inFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = (name as NSString).pathExtension
        let stem = Array((ext.isEmpty ? name : String(name.dropLast(ext.count + 1))).unicodeScalars)
        func digit(_ i: Int) -> Bool { i >= 0 && i < stem.count && stem[i].properties.numericType != nil && stem[i].isASCII }
        var found: [String] = []
        var i = 0
        while i + 10 <= stem.count {
            let shape = (0..<10).allSatisfy { k in k == 4 || k == 7 ? stem[i + k] == "-" : digit(i + k) }
            if shape, !digit(i - 1), !digit(i + 10) {
                let text = String(String.UnicodeScalarView(stem[i..<(i + 10)]))
                if isValid(text) { found.append(text) }
                i += 10
            } else {
                i += 1
            }
        }
        return found.count == 1 ? found[0] : nil
    }
}
