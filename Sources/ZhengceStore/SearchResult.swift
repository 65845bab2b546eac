import ZhengceDocument
import ZhengceText

/// A search: query text, filters and how many hits to return.
public struct SearchRequest: Sendable, Hashable {
    /// The query in the query language (see `ParsedQuery`).
    public var text: String
    /// Restrictions on documents and departments.
    public var filters: SearchFilters
    /// Most hits returned (the total is counted regardless).
    public var limit: Int
    /// Width of snippets in UTF-16 units.
    public var snippetWidth: Int

    /// Makes a request.
    public init(text: String, filters: SearchFilters = SearchFilters(), limit: Int = 20, snippetWidth: Int = 120) {
        self.text = text; self.filters = filters; self.limit = limit; self.snippetWidth = snippetWidth
    }
}

/// The answer to a search, in rank order.
public struct SearchResult: Codable, Sendable, Hashable {
    /// The query text as given.
    public var query: String
    /// How many measures match (hits holds at most the limit).
    public var total: Int
    /// The best hits, best first; ties broken by document id then measure order.
    public var hits: [SearchHit]
}

/// One matching measure.
public struct SearchHit: Codable, Sendable, Hashable {
    /// The measure id ("{document}/{path}").
    public var measure: String
    /// The document id.
    public var document: String
    /// The document's title, if known.
    public var documentTitle: String?
    /// The document's 发文字号, if known.
    public var docNumber: String?
    /// The measure's label as printed, e.g. "（三）".
    public var label: String
    /// The measure's title.
    public var title: String
    /// Relevance: BM25 with title weighted above text (higher is better; 0 for filter-only listings), 4 decimals.
    public var score: Double
    /// A passage of the measure text with the matched words marked.
    public var snippet: Snippet
    /// Responsible departments in the order written.
    public var responsible: [HitResponsibility]
}

/// A department named in a hit's responsibility clause.
public struct HitResponsibility: Codable, Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// The canonical department, when resolved.
    public var department: String?
    /// "lead" or "participant".
    public var role: ResponsibilityRole
}

/// A passage of a measure's text. All offsets are UTF-16 code units into the measure's `text`
/// (`Measure.text`, as stored in `measures.text`), so `text == measureText[start..<end]`.
public struct Snippet: Codable, Sendable, Hashable {
    /// The passage.
    public var text: String
    /// Where the passage starts in the measure text.
    public var start: Int
    /// Where it ends (exclusive).
    public var end: Int
    /// The length of the whole measure text, so a reader knows whether the passage is cut.
    public var measureLength: Int
    /// Matched words, as ranges in the measure text, sorted and not overlapping.
    public var highlights: [Highlight]

    /// One marked range.
    public struct Highlight: Codable, Sendable, Hashable {
        /// UTF-16 offset in the measure text.
        public var start: Int
        /// UTF-16 offset one past the end.
        public var end: Int
    }

    /// The passage with each highlight wrapped in `open`/`close`, e.g. "«" and "»" or colour codes.
    public func marked(open: String, close: String) -> String {
        let units = Array(text.utf16)
        var out = ""
        var cursor = 0
        for h in highlights {
            let a = max(cursor, h.start - start), b = min(units.count, h.end - start)
            guard a < b else { continue }
            out += String(utf16Units: units[cursor..<a]) + open
            out += String(utf16Units: units[a..<b]) + close
            cursor = b
        }
        return out + String(utf16Units: units[cursor...])
    }
}
