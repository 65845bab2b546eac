import Foundation
import Testing
import TestSupport
import ZhengceSession
import ZhengceStore

/// The main job's full lineage made in shards (`CorpusSession.lineageShardSize`) stores the links, the corpus
/// counts and the export of the analysis in one piece.
@Suite struct ShardedLineageTests {
    /// Runs the main job on a fresh copy of the seeds with `shardSize`; the stored links, the counts blob and the JSON export.
    func run(shardSize: Int?) throws -> (links: [String: Double], statistics: Data?, json: Data) {
        let workspace = try SeedWorkspace()
        let session = try workspace.session(tool: "test-shards")
        session.lineageShardSize = shardSize
        try session.refresh()
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        return (try workspace.links(), try Store(path: workspace.db).blob("lineage-statistics"),
                try Data(contentsOf: workspace.out.appendingPathComponent("zhengce.json")))
    }

    @Test func shardsStoreTheLinksOfOnePiece() throws {
        let whole = try run(shardSize: nil)
        #expect(whole.links.count > 30)
        for size in [1, 2] {
            let shards = try run(shardSize: size)
            #expect(shards.links == whole.links)
            #expect(shards.statistics != nil && shards.statistics == whole.statistics)
            #expect(shards.json == whole.json)
        }
    }

    /// Shards are the default above 10,000 documents; `ZHENGCE_LINEAGE_SHARD_SIZE` overrides it (N: shards of N above
    /// N documents; a negative N: one piece; 0, no value or no number: the default).
    @Test func theShardsComeFromTheEnvironment() {
        func shards(_ value: String?) -> [Int]? {
            CorpusSession.lineageShards(environment: value.map { ["ZHENGCE_LINEAGE_SHARD_SIZE": $0] } ?? [:]).map { [$0.size, $0.above] }
        }
        #expect(shards(nil) == [1_000, 10_000])
        #expect(shards("0") == [1_000, 10_000])
        #expect(shards("") == [1_000, 10_000])
        #expect(shards("many") == [1_000, 10_000])
        #expect(shards("250") == [250, 250])
        #expect(shards("-1") == nil)
        let session = try? SeedWorkspace().session(tool: "test-shards")
        #expect(session != nil)
        session?.lineageShardSize = 2
        #expect(session?.lineageShards.map { [$0.size, $0.above] } == [2, 2])
        session?.lineageShardSize = nil
        #expect(session?.lineageShards == nil)
    }
}
