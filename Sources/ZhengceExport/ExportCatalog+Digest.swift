import ZhengceDocument

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

    /// Digest of what `document`'s records depend on apart from links: its file, its key, where its
    /// citations point, its other versions and its issuers' departments.
    func documentDigest(_ document: PolicyDocument) -> String {
        var text = document.id + "\n" + document.source.sha256 + "\n" + (documentKey[document.id] ?? "-") + "\n"
        for target in citationTargets[document.id] ?? [] {
            text += (target.map { ($0.document ?? "-") + " " + $0.iri } ?? "-") + "\n"
        }
        text += (otherVersions[document.id] ?? []).joined(separator: ",") + "\n"
        for (written, canonical) in (issuerDepartments[document.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
            text += written + "=" + canonical + "\n"
        }
        return SHA256.hex(Array(text.utf8))
    }
}
