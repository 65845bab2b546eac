/// What a list of links costs in memory, by field: the inline size of the list's elements, and the heap
/// blocks (strings longer than the 15 UTF-8 bytes a string holds inline, arrays) the fields point at, each
/// block counted once however many links share it (the first field that names it gets it). Written with
/// `ZHENGCE_HEAP_REPORT` at the end of an analysis (issue 16: how much of lineage's memory is links, and why).
struct LinkFootprint: CustomStringConvertible {
    struct Field: Equatable {
        var name: String
        /// Heap blocks the field points at, counted once.
        var blocks = 0
        /// Their estimated size (malloc's 16-byte rounding, Swift's 32-byte object header).
        var bytes = 0
    }
    var links = 0
    /// The list's own storage: capacity × stride of one element.
    var inlineBytes = 0
    var fields: [Field] = []

    init<Element>(_ list: [Element], link: (Element) -> LineageLink, key: ((Element) -> [String])? = nil) {
        links = list.count
        inlineBytes = list.capacity * MemoryLayout<Element>.stride
        var seen = Set<UInt>()
        var byName: [String: Int] = [:]
        func add(_ name: String, _ address: UInt?, _ bytes: Int) {
            if byName[name] == nil { byName[name] = fields.count; fields.append(Field(name: name)) }
            guard let address, seen.insert(address).inserted else { return }
            fields[byName[name]!].blocks += 1
            fields[byName[name]!].bytes += bytes
        }
        func string(_ name: String, _ text: String?) {
            if byName[name] == nil { byName[name] = fields.count; fields.append(Field(name: name)) }
            guard var text, text.utf8.count > 15 else { return }
            let address = text.withUTF8 { UInt(bitPattern: $0.baseAddress) }
            add(name, address, LinkFootprint.rounded(32 + text.utf8.count + 1))
        }
        func end(_ e: LinkEnd) {
            // The box: the object header (16 bytes) and the seven fields.
            add("ends: boxes (one per end made)", UInt(bitPattern: e.boxIdentity),
                LinkFootprint.rounded(16 + 6 * MemoryLayout<String?>.stride + MemoryLayout<Bool>.stride))
            string("ends: document ids", e.document)
            string("ends: 发文字号 and titles", e.docNumber)
            string("ends: 发文字号 and titles", e.title)
            string("ends: measure ids, labels, titles", e.measure)
            string("ends: measure ids, labels, titles", e.label)
            string("ends: measure ids, labels, titles", e.measureTitle)
        }
        for element in list {
            let l = link(element)
            end(l.from)
            end(l.to)
            for id in key?(element) ?? [] { string("sort key ids", id) }
            guard let e = l.evidence else { continue }
            string("evidence: method", e.method)
            string("evidence: kind", e.kind)
            string("evidence: direction", e.direction)
            if e.sharedTerms.capacity > 0 {
                add("evidence: sharedTerms arrays", e.sharedTerms.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
                    LinkFootprint.rounded(32 + e.sharedTerms.capacity * MemoryLayout<String>.stride))
            }
            for term in e.sharedTerms { string("evidence: sharedTerms strings", term) }
            if e.spans.capacity > 0 {
                add("evidence: spans arrays", e.spans.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
                    LinkFootprint.rounded(32 + e.spans.capacity * MemoryLayout<SharedSpan>.stride))
            }
            for span in e.spans { string("evidence: span texts", span.text) }
        }
    }

    static func rounded(_ bytes: Int) -> Int { (bytes + 15) / 16 * 16 }

    var description: String {
        let perLink = { (bytes: Int) in links == 0 ? 0 : bytes / links }
        var lines = ["links: \(links), inline \(inlineBytes / 1_048_576) MB (\(perLink(inlineBytes)) B per link)"]
        for field in fields {
            lines.append("  \(field.name): \(field.blocks) blocks, \(field.bytes / 1_048_576) MB (\(perLink(field.bytes)) B per link)")
        }
        let total = inlineBytes + fields.reduce(0) { $0 + $1.bytes }
        lines.append("  total: \(total / 1_048_576) MB (\(perLink(total)) B per link)")
        return lines.joined(separator: "\n")
    }
}
