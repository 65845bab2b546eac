import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// What the export describes besides the links: the documents (read from the store), the canonical
/// departments of their issuers and the registry entries (bundled plus the corpus's departments.yaml) as
/// export departments.
public enum ExportInputBuilder {
    /// The canonical department names of a document's issuers, by name as written (collective placeholders
    /// and names not resolved left out).
    static func issuerDepartments(of document: PolicyDocument, resolver: DepartmentResolver) -> [String: String] {
        let context = resolver.context(for: document)
        var canonical: [String: String] = [:]
        for name in document.issuers {
            // Without suggestions for unknown names: the export does not show them.
            let resolution = resolver.resolve(name, in: context, suggest: false)
            if let department = resolution.department, !department.isCollective { canonical[resolution.written] = department.name }
        }
        return canonical
    }

    /// The documents of an export, read a batch at a time from `store` (or taken from `cached`, the documents
    /// a session already holds). The store keeps them with departments resolved by the corpus's registry
    /// (a changed registry re-indexes every document), so they are not resolved again.
    static func documents(ids: [String], cached: [PolicyDocument]?, store: Store) -> ExportDocuments {
        if let cached { return ExportDocuments(cached) }
        return ExportDocuments(ids: ids) { try store.documents(ids: $0) }
    }

    /// The store's lineage links for an export that reads them (`ExportInput.linkSource`): every link once, a
    /// `from` document's links at a time, with their evidence as stored (the JSON text, not decoded), and the
    /// links of the documents of a part.
    ///
    /// The pass over every link reads and decodes the links (their ends) on another thread, `documentsPerRead`
    /// `from` documents per read of the store, while the caller takes the groups before them (`OrderedPipeline`
    /// with one worker: the same groups in the same order as one read; between two reads the caller may read
    /// the store too).
    /// With `documentsPerRead` nil, the pass is one read on the calling thread.
    static func linkSource(_ store: Store, documentsPerRead: Int? = 128) -> ExportLinkSource {
        @Sendable func links(_ records: [LinkRecord]) throws -> [LineageLink] {
            var reader = StoredLinkReader()
            return try records.compactMap { try reader.link($0) }
        }
        /// The links of the `from` documents of `range` (all when nil), in groups of one `from` document.
        @Sendable func groups(_ range: (first: String, last: String)?, _ body: ([ExportLinkSource.StoredLink]) throws -> Void) throws {
            var group: [ExportLinkSource.StoredLink] = []
            var current: String?
            var reader = StoredLinkReader()
            try store.forEachLinkByFromDocument(in: range) { _, record in
                if record.fromDocument != current {
                    if !group.isEmpty { try body(group) }
                    group = []
                    current = record.fromDocument
                    reader = StoredLinkReader()
                }
                if let link = try reader.link(record, evidence: false) {
                    group.append(ExportLinkSource.StoredLink(link: link, evidence: record.evidenceJSON))
                }
            }
            if !group.isEmpty { try body(group) }
        }
        return ExportLinkSource(forEachGroup: { body in
            guard let documentsPerRead else { return try groups(nil, body) }
            let step = max(1, documentsPerRead)
            let documents = try store.linkFromDocuments()
            let starts = Array(stride(from: 0, to: documents.count, by: step))
            try OrderedPipeline.run(count: starts.count, workers: 1, window: 2, work: { k in
                Result { () throws -> [[ExportLinkSource.StoredLink]] in
                    var read: [[ExportLinkSource.StoredLink]] = []
                    try groups((documents[starts[k]], documents[min(documents.count, starts[k] + step) - 1])) { read.append($0) }
                    return read
                }
            }, consume: { _, read in
                for group in try read.get() { try body(group) }
            })
        }, evidence: { try StoredLinkReader().evidence($0) },
           from: { try links(store.links(fromDocuments: $0, evidence: $1)) },
           to: { try links(store.links(toDocuments: $0, evidence: $1)) })
    }

    /// Registry entries as export departments (collective placeholders left out).
    public static func departments(_ registry: DepartmentRegistry) -> [ExportDepartment] {
        registry.departments.filter { !$0.isCollective }.map { d in
            ExportDepartment(name: d.name, aliases: d.aliases, level: d.level?.rawValue, region: d.region,
                             kind: d.kind.rawValue, parent: d.parent ?? d.supervisor,
                             counterparts: [d.counterpart].compactMap { $0 })
        }
    }
}
