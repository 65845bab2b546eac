import Foundation

/// Every candidate measure link of the last analysis of the whole corpus, as `classify`'s cap read them, and which of
/// them the cap kept: kept from a full analysis so that an analysis of a few changed documents caps their candidates
/// as a full analysis of the same corpus does.
///
/// The cap keeps a candidate while its later end or its earlier end holds fewer than `linksPerMeasure` kept
/// candidates of its type, best first over the whole corpus (`Context.keptCandidates`). Whether a changed document's
/// candidate is kept therefore depends on the other end's candidates into documents that did not change; an
/// incremental analysis, which aligns the changed documents' measures only, used to count only its own, and kept
/// links a full analysis of the same files drops (55 `parallel` links at the law corpus after a change that changed
/// nothing). With this record it runs the cap over the stored candidates of the other documents and its own; a
/// stored candidate the cap now decides otherwise names documents whose links must be made again
/// (`LineageAnalysis.capWidened`).
///
/// Ends are named by document (an index into `documents`, the ids in order) and measure (its position in the
/// document's measures), so the record outlives the rows of one analysis. This type owns its binary form
/// (`encoded()` / `init(decoding:)`): a magic line, the ids, then the candidates as little-endian fields.
public struct CandidateCap: Sendable, Equatable {
    /// The corpus's document ids, in order.
    var documents: [String]
    /// The candidates, in the order the cap read them.
    var entries: [Entry]

    struct Entry: Sendable, Equatable {
        /// Later end (`from`) and earlier end (`to`): document index, measure position.
        var child: Int32, childMeasure: Int32
        var parent: Int32, parentMeasure: Int32
        /// `LinkType.order`.
        var type: UInt8
        /// Kept by the cap.
        var kept: Bool
        /// The rounded score the cap orders by, and the alignment's own score (ties).
        var score: Double
        var raw: Double
    }

    /// Candidates recorded.
    public var count: Int { entries.count }

    private static let magic = Array("zhengce-candidate-cap 1\n".utf8)

    /// The binary form.
    public func encoded() -> Data {
        var out = Data(CandidateCap.magic)
        out.reserveCapacity(CandidateCap.magic.count + documents.reduce(0) { $0 + 4 + $1.utf8.count } + entries.count * 34 + 8)
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(documents.count))
        for id in documents { let bytes = Array(id.utf8); put(UInt32(bytes.count)); out.append(contentsOf: bytes) }
        put(UInt32(entries.count))
        for e in entries {
            put(e.child); put(e.childMeasure); put(e.parent); put(e.parentMeasure)
            put(e.type); put(UInt8(e.kept ? 1 : 0)); put(e.score.bitPattern); put(e.raw.bitPattern)
        }
        return out
    }

    /// Reads the binary form; nil when `data` is not one (another version, cut short, an index out of range).
    public init?(decoding data: Data) {
        var reader = ByteReader(bytes: [UInt8](data))
        guard reader.take(CandidateCap.magic.count) == CandidateCap.magic, let documentCount: UInt32 = reader.integer() else { return nil }
        var documents: [String] = []
        for _ in 0..<documentCount {
            guard let id = reader.string() else { return nil }
            documents.append(id)
        }
        guard let entryCount: UInt32 = reader.integer(), Int(entryCount) <= reader.remaining / 34 else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(Int(entryCount))
        for _ in 0..<entryCount {
            guard let child: Int32 = reader.integer(), let childMeasure: Int32 = reader.integer(), let parent: Int32 = reader.integer(),
                  let parentMeasure: Int32 = reader.integer(), let type: UInt8 = reader.integer(), let kept: UInt8 = reader.integer(),
                  let score: UInt64 = reader.integer(), let raw: UInt64 = reader.integer(),
                  child >= 0, parent >= 0, Int(child) < documents.count, Int(parent) < documents.count, kept <= 1
            else { return nil }
            entries.append(Entry(child: child, childMeasure: childMeasure, parent: parent, parentMeasure: parentMeasure,
                                 type: type, kept: kept == 1, score: Double(bitPattern: score), raw: Double(bitPattern: raw)))
        }
        guard reader.atEnd else { return nil }
        self.documents = documents
        self.entries = entries
    }

    init(documents: [String], entries: [Entry]) {
        self.documents = documents
        self.entries = entries
    }
}
