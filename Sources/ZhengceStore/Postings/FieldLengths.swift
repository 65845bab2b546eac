/// The one owner of the field-lengths blob layout (`search_lengths.data`): per rowid of a block,
/// the title length then the text length (in folded characters, capped at 65,535), each a
/// little-endian UInt16. In memory a slot is packed into one UInt32: title in the low 16 bits,
/// text in the high 16 bits.
enum FieldLengths {
    /// Bytes per rowid.
    static let slotSize = 4

    /// A blob of `slots` rowids, all lengths zero.
    static func empty(slots: Int) -> [UInt8] { [UInt8](repeating: 0, count: slots * slotSize) }

    /// Sets the lengths of slot `slot` (zero and zero for a removed measure).
    static func set(_ bytes: inout [UInt8], slot: Int, title: UInt16, text: UInt16) {
        let at = slot * slotSize
        bytes[at] = UInt8(truncatingIfNeeded: title)
        bytes[at + 1] = UInt8(truncatingIfNeeded: title >> 8)
        bytes[at + 2] = UInt8(truncatingIfNeeded: text)
        bytes[at + 3] = UInt8(truncatingIfNeeded: text >> 8)
    }

    /// Fills `values` with the packed lengths of each slot of `raw` (as many as both hold).
    static func decode(_ raw: UnsafeRawBufferPointer, into values: inout [UInt32]) {
        for i in 0..<min(values.count, raw.count / slotSize) {
            values[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slotSize * i, as: UInt32.self))
        }
    }

    /// The sums of title and text lengths over every slot of `raw`.
    static func totals(_ raw: UnsafeRawBufferPointer) -> (title: Int, text: Int) {
        var title = 0, text = 0
        var i = 0
        while i + slotSize <= raw.count {
            let packed = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            title += Int(Self.title(packed))
            text += Int(Self.text(packed))
            i += slotSize
        }
        return (title, text)
    }

    /// The title length of a packed slot.
    @inline(__always) static func title(_ packed: UInt32) -> UInt32 { packed & 0xFFFF }

    /// The text length of a packed slot.
    @inline(__always) static func text(_ packed: UInt32) -> UInt32 { packed >> 16 }
}
