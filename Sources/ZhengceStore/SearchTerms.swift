/// The terms of the search index (`search_postings`) and how a measure's title and text are cut into them.
///
/// Everything is folded first (`IndexTerms.fold`). Then, in each field (title, text):
/// - every CJK ideograph is a term (a *character*), with its count;
/// - every two ideographs next to each other in one run are a term (a *pair*), with the
///   positions where it starts, so a longer run is found as a chain of pairs at consecutive positions;
/// - every run of other letters and digits is a term (a *word*: "rcep", "2025"), with its count.
/// A query run then matches exactly where it occurs as a substring of a field (CJK), or where a
/// field has the same letter-and-digit run.
enum SearchTerm {
    /// Which field an occurrence is in.
    enum Field: Int, Sendable { case title = 0, text = 1 }

    /// A packed character term: one ideograph.
    @inline(__always) static func character(_ a: UInt32) -> UInt64 { UInt64(a) }
    /// A packed pair term: two ideographs (tagged above bit 42).
    @inline(__always) static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { 1 << 42 | UInt64(a) << 21 | UInt64(b) }
    /// Whether a packed term is a pair (pairs carry positions).
    @inline(__always) static func isPair(_ key: UInt64) -> Bool { key >> 42 != 0 }

    /// The text of a packed term, as stored in the `term` column.
    static func text(of key: UInt64) -> String {
        var view = String.UnicodeScalarView()
        if isPair(key) {
            view.append(Unicode.Scalar(UInt32((key >> 21) & 0x1FFFFF))!)
            view.append(Unicode.Scalar(UInt32(key & 0x1FFFFF))!)
        } else {
            view.append(Unicode.Scalar(UInt32(key))!)
        }
        return String(view)
    }

    /// The terms of one measure, grouped: per term its counts per field and, for pairs, positions.
    struct MeasureTerms: Sendable {
        /// Character and pair occurrences: packed key, and field in the top bit above the position.
        var occurrences: [(key: UInt64, place: UInt32)] = []
        /// Word occurrences: folded run and field.
        var words: [(text: String, field: Field)] = []
        /// Length of the title and the text in Unicode scalars (folded), capped at 65,535.
        var lengths: (title: UInt16, text: UInt16) = (0, 0)

        /// The terms of a measure, sorted by term and then by field and position.
        init(title: String, text: String) {
            add(title, field: .title)
            add(text, field: .text)
            occurrences.sort { $0.key != $1.key ? $0.key < $1.key : $0.place < $1.place }
            words.sort { $0.text != $1.text ? $0.text < $1.text : $0.field.rawValue < $1.field.rawValue }
        }

        /// Adds the occurrences of `raw` in `field`.
        private mutating func add(_ raw: String, field: Field) {
            let folded = IndexTerms.fold(raw)
            var position: UInt32 = 0
            var previous: UInt32? = nil
            var word = String.UnicodeScalarView()
            let tag: UInt32 = field == .text ? 1 << 31 : 0
            func endWord() {
                if !word.isEmpty { words.append((String(word), field)); word = String.UnicodeScalarView() }
            }
            for scalar in folded.unicodeScalars {
                if IndexTerms.isIdeograph(scalar) {
                    endWord()
                    occurrences.append((SearchTerm.character(scalar.value), tag | position))
                    if let p = previous { occurrences.append((SearchTerm.pair(p, scalar.value), tag | (position - 1))) }
                    previous = scalar.value
                } else {
                    previous = nil
                    if IndexTerms.isWordCharacter(scalar) { word.append(scalar) } else { endWord() }
                }
                position += 1
            }
            endWord()
            let length = UInt16(min(Int(position), Int(UInt16.max)))
            if field == .title { lengths.title = length } else { lengths.text = length }
        }
    }
}

/// Little-endian base-128 integers, the encoding of posting blobs.
enum VarInt {
    @inline(__always) static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Reads one integer at `offset`, moving it past; nil at the end or on a malformed blob.
    @inline(__always) static func read(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}
