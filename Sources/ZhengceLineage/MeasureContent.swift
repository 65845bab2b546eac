import ZhengceDocument
import ZhengceText

/// The matchable content of a measure: folded characters (ideographs, ASCII letters and digits;
/// punctuation, spaces and markup dropped), each with the UTF-16 range it comes from in the
/// document's text.
///
/// Folding: `MatchKey.fold` (full-width to half-width, spaces between ideographs removed),
/// lower-case ASCII, and the abbreviations in `abbreviations` (电子商务 → 电商), so that a
/// clause written in full in one document and abbreviated in another still matches.
struct MeasureContent: Sendable {
    /// Folded content units (UTF-16).
    var units: [UInt16] = []
    /// For each unit, the UTF-16 offset in the document text where its source starts.
    var starts: [Int] = []
    /// For each unit, the UTF-16 offset in the document text where its source ends.
    var ends: [Int] = []

    /// Common long forms and their usual abbreviations in Chinese policy texts. Each short form's
    /// characters appear in order in the long form (used to keep offsets).
    static let abbreviations: [(long: [UInt16], short: [UInt16])] = [
        ("电子商务", "电商"), ("综合试验区", "综试区"),
    ].map { (Array($0.0.utf16), Array($0.1.utf16)) }

    init() {}

    /// The text lineage reads of `measure` in `document`: the document text between the measure's offsets and
    /// the UTF-16 offset where it starts, else (offsets outside the text, or empty) the measure's own text and nil.
    static func source(of measure: Measure, in document: PolicyDocument) -> (text: String, offset: Int?) {
        let text = document.text.utf16
        let lower = max(0, min(measure.start, text.count))
        let upper = max(lower, min(measure.end, text.count))
        guard upper > lower else { return (measure.text, nil) }
        let a = text.index(text.startIndex, offsetBy: lower), b = text.index(text.startIndex, offsetBy: upper)
        return (String(document.text[a..<b]), lower)
    }

    /// The content of `measure` in `document`, read from the document text between the measure's
    /// offsets (its printed label skipped).
    init(measure: Measure, in document: PolicyDocument) {
        let source = MeasureContent.source(of: measure, in: document)
        var slice = source.text
        var base = source.offset ?? -1
        // Skip the printed label (and markup before it) so "（十一）" does not count as content.
        let labelSkip = MeasureContent.labelLength(in: slice, label: measure.label)
        if labelSkip > 0 {
            slice = String(decoding: Array(slice.utf16)[labelSkip...], as: UTF16.self)
            if base >= 0 { base += labelSkip }
        }
        self.init(text: slice, base: max(base, 0))
        if base < 0 { starts = starts.map { _ in measure.start }; ends = ends.map { _ in measure.end } }
    }

    /// The folded units of `measure` in `document` (`MeasureContent(measure:in:).units`) without their offsets, read
    /// from `text`, the document text's UTF-16 units: what the trigram index keeps of every measure of a corpus, made
    /// without the strings and offset arrays of the full content. A measure whose range holds a surrogate (a
    /// character outside the BMP, where a string slice may round its bounds), or lies outside the text, takes the
    /// full content's way.
    static func units(of measure: Measure, in document: PolicyDocument, text: [UInt16]) -> [UInt16] {
        let lower = max(0, min(measure.start, text.count)), upper = max(lower, min(measure.end, text.count))
        guard upper > lower, !text[lower..<upper].contains(where: { $0 >= 0xD800 && $0 <= 0xDFFF }) else {
            return MeasureContent(measure: measure, in: document).units
        }
        var raw = Array(text[lower..<upper])
        let skip = MeasureContent.labelLength(in: raw, label: Array(measure.label.utf16))
        if skip > 0 { raw.removeFirst(skip) }
        var units: [UInt16] = []
        units.reserveCapacity(raw.count)
        for folded in MatchKey.foldedUnits(units: raw) {
            if let u = MeasureContent.contentUnit(folded) { units.append(u) }
        }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        abbreviating(units) { unit, _, _ in out.append(unit) }
        return out
    }

    /// The content of `text`, with offsets shifted by `base`.
    init(text: String, base: Int = 0) {
        let key = MatchKey(text)
        let folded = Array(key.folded.utf16)
        var units: [UInt16] = [], starts: [Int] = [], ends: [Int] = []
        units.reserveCapacity(folded.count)
        for (i, raw) in folded.enumerated() {
            guard let u = MeasureContent.contentUnit(raw) else { continue }
            let origin = key.originalOffsets[i]
            units.append(u); starts.append(base + origin); ends.append(base + origin + 1)
        }
        // Abbreviations, keeping for each short character the range of its long-form source.
        var outU: [UInt16] = [], outS: [Int] = [], outE: [Int] = []
        outU.reserveCapacity(units.count)
        MeasureContent.abbreviating(units) { unit, first, last in
            outU.append(unit); outS.append(starts[first]); outE.append(ends[last])
        }
        self.units = outU; self.starts = outS; self.ends = outE
    }

    /// Calls `emit` with each unit of `units` once the long forms of `abbreviations` are replaced by their short
    /// forms, and the positions in `units` of the first and last unit it stands for (a short form's last character
    /// stands for the rest of its long form).
    @inline(__always)
    static func abbreviating(_ units: [UInt16], _ emit: (_ unit: UInt16, _ first: Int, _ last: Int) -> Void) {
        var i = 0
        scan: while i < units.count {
            for (long, short) in abbreviations where units[i] == long[0] && i + long.count <= units.count {
                guard units[i..<(i + long.count)].elementsEqual(long) else { continue }
                var from = 0
                for (k, s) in short.enumerated() {
                    guard let at = long[from...].firstIndex(of: s) else { break }
                    emit(s, i + at, k == short.count - 1 ? i + long.count - 1 : i + at)
                    from = at + 1
                }
                i += long.count
                continue scan
            }
            emit(units[i], i, i)
            i += 1
        }
    }

    /// Folded, lower-cased content unit, or nil for punctuation, spaces and symbols.
    @inline(__always) static func contentUnit(_ u: UInt16) -> UInt16? {
        if (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF) { return u }
        if u >= 0xD800 && u <= 0xDFFF { return u }
        if u >= 0x30 && u <= 0x39 { return u }
        if u >= 0x61 && u <= 0x7A { return u }
        if u >= 0x41 && u <= 0x5A { return u + 0x20 }
        return nil
    }

    /// `text` folded to content characters only (for keys such as titles).
    static func contentOnly(_ text: String) -> String {
        String(decoding: text.utf16.compactMap(contentUnit), as: UTF16.self)
    }

    /// UTF-16 length of the label (and leading white space or markup) at the start of `slice`, or 0.
    static func labelLength(in slice: String, label: String) -> Int {
        guard !label.isEmpty else { return 0 }
        return labelLength(in: Array(slice.utf16), label: Array(label.utf16))
    }

    /// `labelLength(in:label:)` of UTF-16 units.
    static func labelLength(in units: [UInt16], label labelUnits: [UInt16]) -> Int {
        guard !labelUnits.isEmpty else { return 0 }
        var i = 0
        while i < units.count, labelSkippable.contains(units[i]) { i += 1 }
        guard i + labelUnits.count <= units.count, units[i..<(i + labelUnits.count)].elementsEqual(labelUnits) else { return 0 }
        return i + labelUnits.count
    }

    /// What may stand before a label: space, #, *, >.
    static let labelSkippable: Set<UInt16> = [0x20, 0x09, 0x0A, 0x0D, 0x3000, 0x23, 0x2A, 0x3E]
}
