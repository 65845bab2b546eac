import Foundation
import Testing
import TestSupport
import ZhengceSession
import ZhengceStore

/// A full lineage analysis in the main job hands its links to the store a batch at a time
/// (`CorpusSession.linkBatchSize`): the stored rows, the counts blob and the export are those of one batch.
@Suite struct LinkBatchTests {
    /// Runs the main job on a fresh copy of the seeds with batches of `size`; every stored link row in the store's
    /// order, the counts blob and the JSON export.
    func run(batch size: Int) throws -> (links: [LinkRecord], statistics: Data?, json: Data) {
        let workspace = try SeedWorkspace()
        let session = try workspace.session(tool: "test-link-batch")
        session.linkBatchSize = size
        try session.refresh()
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        let store = try Store(path: workspace.db)
        var links: [LinkRecord] = []
        try store.forEachLink { links.append($0) }
        return (links, try store.blob("lineage-statistics"),
                try Data(contentsOf: workspace.out.appendingPathComponent("zhengce.json")))
    }

    @Test func batchesStoreTheRowsOfOne() throws {
        let one = try run(batch: 1_000_000)
        #expect(one.links.count > 30)
        #expect(one.statistics != nil)
        // Batches of 7 end inside a document's links; batches of 1 hold one link each.
        #expect(stride(from: 7, to: one.links.count, by: 7).contains { one.links[$0 - 1].fromDocument == one.links[$0].fromDocument })
        for size in [1, 7] {
            let batched = try run(batch: size)
            #expect(batched.links == one.links)
            #expect(batched.statistics == one.statistics)
            #expect(batched.json == one.json)
        }
    }
}
