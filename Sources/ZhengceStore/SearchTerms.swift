import ZhengceText

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

    /// The postings of one measure, encoded except for the rowid (which the writer assigns):
    /// per term, in term order, the bytes a posting holds after its rowid difference (see
    /// `PostingCodec`: title count, text count, for pairs the positions). Encoding happens
    /// where documents are prepared, on every core; the writer only appends.
    struct MeasureTerms: Sendable {
        /// Character and pair terms (packed keys), increasing.
        private(set) var keys: [UInt64] = []
        /// Letter-and-digit words, increasing.
        private(set) var words: [String] = []
        /// End offset in `payload` of each posting: `keys` first, then `words`.
        private(set) var ends: [Int32] = []
        /// The postings' bytes after their rowid difference.
        private(set) var payload: [UInt8] = []
        /// Length of the title and the text in Unicode scalars (folded), capped at 65,535.
        private(set) var lengths: (title: UInt16, text: UInt16) = (0, 0)

        /// The terms of a measure.
        init(title: String, text: String) {
            var places: [UInt32] = []
            var found: [UInt64] = []
            var wordList: [(text: String, field: Field)] = []
            Self.scan(title, field: .title, places: &places, keys: &found, words: &wordList, length: &lengths.title)
            Self.scan(text, field: .text, places: &places, keys: &found, words: &wordList, length: &lengths.text)
            encodeCharacters(found, places: places)
            encodeWords(wordList)
        }

        /// Where posting `i` (over `keys`, then `words`) lies in `payload`.
        @inline(__always) func payloadRange(_ i: Int) -> Range<Int> {
            (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])
        }

        /// Adds the occurrences of `raw` in `field`: per ideograph its character and (with the
        /// one before) its pair, each with the place (field in the top bit above the position).
        private static func scan(_ raw: String, field: Field, places: inout [UInt32], keys: inout [UInt64],
                                 words: inout [(text: String, field: Field)], length: inout UInt16) {
            // The folded text (`IndexTerms.fold`: MatchKey folding, ASCII lower case), scalar by scalar.
            let units = MatchKey.foldedUnits(raw)
            var position: UInt32 = 0
            var previous: UInt32? = nil
            var word = String.UnicodeScalarView()
            let tag: UInt32 = field == .text ? 1 << 31 : 0
            func endWord() {
                if !word.isEmpty { words.append((String(word), field)); word = String.UnicodeScalarView() }
            }
            var i = 0
            while i < units.count {
                var value = UInt32(units[i])
                i += 1
                if value & 0xFC00 == 0xD800, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                } else if value & 0xF800 == 0xD800 {
                    value = 0xFFFD
                } else if value >= 0x41 && value <= 0x5A {
                    value += 0x20
                }
                let scalar = Unicode.Scalar(value)!
                if IndexTerms.isIdeograph(scalar) {
                    endWord()
                    keys.append(SearchTerm.character(scalar.value))
                    places.append(tag | position)
                    if let p = previous {
                        keys.append(SearchTerm.pair(p, scalar.value))
                        places.append(tag | (position - 1))
                    }
                    previous = scalar.value
                } else {
                    previous = nil
                    if IndexTerms.isWordCharacter(scalar) { word.append(scalar) } else { endWord() }
                }
                position += 1
            }
            endWord()
            length = UInt16(min(Int(position), Int(UInt16.max)))
        }

        /// Groups occurrences by key (in generation order within a key: title before text,
        /// positions increasing) and encodes one posting per key.
        private mutating func encodeCharacters(_ found: [UInt64], places: [UInt32]) {
            // Sort plain integers: the key above 21 bits of occurrence number (a key has at most
            // 43 bits), so equal keys keep their generation order. Texts of two million
            // characters or more sort (key, occurrence) pairs instead.
            if found.count < 1 << 21 {
                var packed = found.enumerated().map { $0.element << 21 | UInt64($0.offset) }
                packed.sort()
                var scratch: [UInt8] = []
                packed.withUnsafeBufferPointer { packed in
                    places.withUnsafeBufferPointer { places in
                        encode(count: packed.count, key: { packed[$0] >> 21 }, place: { places[Int(packed[$0] & 0x1F_FFFF)] },
                               scratch: &scratch)
                    }
                }
                return
            }
            var sorted = found.enumerated().map { (key: $0.element, occurrence: $0.offset) }
            sorted.sort { $0.key != $1.key ? $0.key < $1.key : $0.occurrence < $1.occurrence }
            var scratch: [UInt8] = []
            encode(count: sorted.count, key: { sorted[$0].key }, place: { places[sorted[$0].occurrence] }, scratch: &scratch)
        }

        /// One posting per run of equal keys among `count` sorted occurrences.
        @inline(__always)
        private mutating func encode(count: Int, key: (Int) -> UInt64, place: (Int) -> UInt32, scratch: inout [UInt8]) {
            var start = 0
            while start < count {
                let term = key(start)
                var end = start + 1
                while end < count && key(end) == term { end += 1 }
                // Title occurrences come first (the title is scanned first).
                var title = 0
                while start + title < end && place(start + title) >> 31 == 0 { title += 1 }
                VarInt.append(UInt64(title), to: &payload)
                VarInt.append(UInt64(end - start - title), to: &payload)
                if SearchTerm.isPair(term) {
                    // Byte length of the positions, then the title and the text positions,
                    // each list as its first position and increasing differences.
                    scratch.removeAll(keepingCapacity: true)
                    var previous: UInt32 = 0
                    for n in start..<end {
                        let position = place(n) & 0x7FFF_FFFF
                        let restart = n == start || n == start + title
                        VarInt.append(UInt64(restart ? position : position - previous), to: &scratch)
                        previous = position
                    }
                    VarInt.append(UInt64(scratch.count), to: &payload)
                    payload.append(contentsOf: scratch)
                }
                keys.append(term)
                ends.append(Int32(payload.count))
                start = end
            }
        }

        /// One posting per distinct word: its counts in title and text.
        private mutating func encodeWords(_ list: [(text: String, field: Field)]) {
            guard !list.isEmpty else { return }
            var counts: [String: (title: Int, text: Int)] = [:]
            for (text, field) in list {
                if field == .title { counts[text, default: (0, 0)].title += 1 } else { counts[text, default: (0, 0)].text += 1 }
            }
            for word in counts.keys.sorted() {
                let c = counts[word]!
                VarInt.append(UInt64(c.title), to: &payload)
                VarInt.append(UInt64(c.text), to: &payload)
                words.append(word)
                ends.append(Int32(payload.count))
            }
        }
    }
}
