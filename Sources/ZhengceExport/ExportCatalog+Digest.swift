import ZhengceDocument
import ZhengceText

/// The digests an `ExportRecord` keeps: what every part depends on, and what one document's records
/// depend on besides its links (which the caller tracks, see `ExportReuse.changedDocuments`).
extension ExportCatalog {
    /// Digest of what every record of the export depends on: `stamp` (what made the documents), the
    /// options, the format version, the departments (they resolve names to IRIs) and every document's
    /// key (it makes the IRIs that records of other documents point to).
    func globalDigest(stamp: String) -> String {
        var text = "global 1\n" + stamp + "\n"
        text += [options.base, options.vocabulary, options.generatedAt ?? "-", options.bulkIndex ?? "-",
                 String(options.allDepartments), options.partsAbove.map(String.init) ?? "-", String(options.partSize),
                 String(JSONExporter.formatVersion)].joined(separator: "\t") + "\n"
        for d in departments {
            text += [d.name, d.aliases.joined(separator: ","), d.level ?? "-", d.region ?? "-", d.kind ?? "-", d.parent ?? "-",
                     d.counterparts.joined(separator: ",")].joined(separator: "\t") + "\n"
        }
        for document in heads { text += document.id + "\t" + (documentKey[document.id] ?? "-") + "\n" }
        return SHA256.hex(Array(text.utf8))
    }

    /// Digest of what `document`'s records depend on: its file, its key, where its citations point, its
    /// other versions (their status and dates too), its issuers' departments and `links`, the fingerprints of the
    /// links at either end.
    func documentDigest(_ document: DocumentHead, links: [UInt64]) -> String {
        var text = ownText(document)
        for link in links.sorted() { text += String(link, radix: 16) + "\n" }
        return SHA256.hex(Array(text.utf8))
    }

    /// Digest of what `document`'s records in the JSON tables other than `links` show (citations, documents,
    /// measures, provisions, responsibilities, targets): what `documentDigest` hashes but its links.
    func tablesDigest(_ document: DocumentHead) -> String {
        SHA256.hex(Array(("tables\n" + ownText(document)).utf8))
    }

    /// The text `documentDigest` and `tablesDigest` hash of a document itself: its file, its key, where its
    /// citations point, its other versions with their status and dates (its record lists them, its JSON-LD work
    /// names their expressions), and its issuers' departments.
    private func ownText(_ document: DocumentHead) -> String {
        var text = document.id + "\n" + document.sha256 + "\n" + (documentKey[document.id] ?? "-") + "\n"
        for target in citationTargets[document.id] ?? [] {
            text += (target.map { ($0.document ?? "-") + " " + $0.iri } ?? "-") + "\n"
        }
        for id in otherVersions[document.id] ?? [] {
            let other = self.document(id)
            text += [id, other?.status.rawValue ?? "-", other?.date ?? "-", other?.publishedDate ?? "-"].joined(separator: "\t") + "\n"
        }
        for (written, canonical) in (issuerDepartments[document.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
            text += written + "=" + canonical + "\n"
        }
        return text
    }

    /// For each corpus document, the fingerprints of the links at either end of it (`linkFingerprint`).
    /// Links read from a source give three values per document (`LinkDigest`) instead of one per link.
    func linkFingerprints() -> [PlainText: [UInt64]] {
        if linkSource != nil { return linkDigests.mapValues(\.values) }
        // Made on every core, a chunk of links at a time, then filed by document in link order.
        let chunk = 2048
        let catalog = self
        let prints = ConcurrentMap.run((links.count + chunk - 1) / chunk) { c in
            catalog.links[c * chunk..<min(catalog.links.count, (c + 1) * chunk)].map { catalog.linkFingerprint($0) }
        }.joined()
        var result: [PlainText: [UInt64]] = [:]
        for (link, fingerprint) in zip(links, prints) {
            if let id = link.fromDocument { result[PlainText(id), default: []].append(fingerprint) }
            if let id = link.toDocument, id != link.fromDocument { result[PlainText(id), default: []].append(fingerprint) }
        }
        return result
    }

    /// FNV-1a (64 bits) of everything a record shows of a link: its IRIs, type, score, whether inferred, its
    /// evidence, both ends as given, and the 发文字号 and level of the corpus documents at its ends (what a
    /// record of one end shows of the other). Every field of `LineageLink`, `LinkEnd`, `LinkEvidence` and
    /// `SharedSpan` is in it (a test counts them). A link read without its evidence gives `evidenceText`,
    /// the text the evidence is kept in (`ExportLinkSource.StoredLink`): the text is hashed as it is, not
    /// decoded (the evidence is a function of it).
    func linkFingerprint(_ r: ResolvedLink, evidenceText: String? = nil) -> UInt64 {
        let link = r.link
        var hash = FieldHash()
        for field in [r.iri, r.fromIRI, r.toIRI, link.type.rawValue] { hash.add(field) }
        hash.add(link.score.map { String($0.bitPattern) } ?? "-")
        hash.add(String(link.inferred)); hash.add(String(r.fromIsMeasure)); hash.add(String(r.toIsMeasure))
        for end in [link.from, link.to] {
            hash.add(end.document); hash.add(end.docNumber); hash.add(end.title); hash.add(String(end.external))
            hash.add(end.measure); hash.add(end.label); hash.add(end.measureTitle)
        }
        for id in [r.fromDocument, r.toDocument] {
            let document = id.flatMap(self.document)
            hash.add(id); hash.add(document?.docNumber); hash.add(document?.level?.rawValue)
        }
        if let e = link.evidence {
            hash.add(e.method); hash.add(e.kind); hash.add(e.supportingMeasures.map(String.init)); hash.add(e.direction)
            hash.add(String(e.sharedTerms.count))
            for term in e.sharedTerms { hash.add(term) }
            for s in e.spans {
                hash.add(s.text); hash.add(String(s.fromStart)); hash.add(String(s.fromEnd)); hash.add(String(s.toStart)); hash.add(String(s.toEnd))
            }
        } else if let evidenceText {
            hash.add("\u{3}")
            hash.add(evidenceText)
        } else {
            hash.add("\u{2}")
        }
        return hash.value
    }

    /// FNV-1a (64 bits) over fields, each followed by a 0x1F separator; a missing field is U+0001.
    private struct FieldHash {
        private var hash = FNV1a64()
        var value: UInt64 { hash.value }

        mutating func add(_ field: String?) {
            hash.add(field ?? "\u{1}")
            hash.add(0x1F)
        }
    }
}
