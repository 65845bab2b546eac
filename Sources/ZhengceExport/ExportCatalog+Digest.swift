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
        for document in documents { text += document.id + "\t" + (documentKey[document.id] ?? "-") + "\n" }
        return SHA256.hex(Array(text.utf8))
    }

    /// Digest of what `document`'s records depend on: its file, its key, where its citations point, its
    /// other versions, its issuers' departments and `links`, the fingerprints of the links at either end.
    func documentDigest(_ document: PolicyDocument, links: [UInt64]) -> String {
        var text = document.id + "\n" + document.source.sha256 + "\n" + (documentKey[document.id] ?? "-") + "\n"
        for target in citationTargets[document.id] ?? [] {
            text += (target.map { ($0.document ?? "-") + " " + $0.iri } ?? "-") + "\n"
        }
        text += (otherVersions[document.id] ?? []).joined(separator: ",") + "\n"
        for (written, canonical) in (issuerDepartments[document.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
            text += written + "=" + canonical + "\n"
        }
        for link in links.sorted() { text += String(link, radix: 16) + "\n" }
        return SHA256.hex(Array(text.utf8))
    }

    /// For each corpus document, the fingerprints of the links at either end of it (`linkFingerprint`).
    func linkFingerprints() -> [PlainText: [UInt64]] {
        var result: [PlainText: [UInt64]] = [:]
        for link in links {
            let fingerprint = linkFingerprint(link)
            if let id = link.fromDocument { result[PlainText(id), default: []].append(fingerprint) }
            if let id = link.toDocument, id != link.fromDocument { result[PlainText(id), default: []].append(fingerprint) }
        }
        return result
    }

    /// FNV-1a (64 bits) of everything a record shows of a link: its IRIs, type, score, whether inferred, its
    /// evidence, both ends as given, and the 发文字号 and level of the corpus documents at its ends (what a
    /// record of one end shows of the other). Every field of `LineageLink`, `LinkEnd`, `LinkEvidence` and
    /// `SharedSpan` is in it (a test counts them).
    func linkFingerprint(_ r: ResolvedLink) -> UInt64 {
        let link = r.link
        var fields: [String] = [r.iri, r.fromIRI, r.toIRI, link.type.rawValue, link.score.map { String($0.bitPattern) } ?? "-",
                                String(link.inferred), String(r.fromIsMeasure), String(r.toIsMeasure)]
        for end in [link.from, link.to] {
            fields += [end.document, end.docNumber ?? "\u{1}", end.title ?? "\u{1}", String(end.external), end.measure ?? "\u{1}",
                       end.label ?? "\u{1}", end.measureTitle ?? "\u{1}"]
        }
        for id in [r.fromDocument, r.toDocument] {
            let document = id.flatMap(self.document)
            fields += [id ?? "\u{1}", document?.docNumber ?? "\u{1}", document?.level?.rawValue ?? "\u{1}"]
        }
        if let e = link.evidence {
            fields += [e.method, e.kind ?? "\u{1}", e.supportingMeasures.map(String.init) ?? "\u{1}", e.direction ?? "\u{1}",
                       String(e.sharedTerms.count)] + e.sharedTerms
            for s in e.spans { fields += [s.text, String(s.fromStart), String(s.fromEnd), String(s.toStart), String(s.toEnd)] }
        } else {
            fields.append("\u{2}")
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in fields {
            for byte in field.utf8 { hash ^= UInt64(byte); hash = hash &* 0x0000_0100_0000_01B3 }
            hash ^= 0x1F; hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
