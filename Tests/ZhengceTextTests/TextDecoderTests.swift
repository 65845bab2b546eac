import Foundation
import Testing
import TestSupport
@testable import ZhengceText

@Suite struct TextDecoderTests {
    let expected = "国务院办公厅关于加快发展外贸新业态新模式的意见\n国办发〔2021〕24号\n（一）指导思想。\n"

    @Test func decodesGBKFile() throws {
        let data = try Data(contentsOf: Fixtures.file("gbk-notice.txt"))
        #expect(String(data: data, encoding: .utf8) == nil, "fixture must not be valid UTF-8")
        let decoded = try TextDecoder.decode(data)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.text == expected)
    }

    @Test func decodesUTF16WithBOM() throws {
        let decoded = try TextDecoder.decode(try Data(contentsOf: Fixtures.file("utf16-bom-notice.txt")))
        #expect(decoded.encoding.hasPrefix("UTF-16"))
        #expect(decoded.text == expected)
    }

    /// Found by the reader fuzzer (issue 17): a UTF-16 file cut in the middle of a character or with a
    /// lone surrogate leaked an ICU error ("U_TRUNCATED_CHAR_FOUND") instead of a decoding error.
    @Test func brokenUTF16IsUndecodableNotAnICUError() throws {
        let data = try Data(contentsOf: Fixtures.file("utf16-bom-notice.txt"))
        for broken in [data.dropLast(), data + Data([0x00, 0xD8, 0x41, 0x00])] {
            #expect(throws: TextDecodingError.undecodable(tried: ["UTF-16LE (BOM)"])) { try TextDecoder.decode(Data(broken)) }
        }
    }

    /// The message names what the file declared when one encoding was tried (its byte-order mark),
    /// and the list when several were.
    @Test func undecodableSaysWhatWasTried() throws {
        var data = try Data(contentsOf: Fixtures.file("utf16-bom-notice.txt"))
        data.removeLast()
        do {
            _ = try TextDecoder.decode(data)
            Issue.record("a UTF-16 file cut in a character decoded")
        } catch let error as TextDecodingError {
            #expect(error.description == "the file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text")
        }
        #expect(TextDecodingError.undecodable(tried: ["UTF-8", "GB18030"]).description
            == "the file is not valid text in any of UTF-8, GB18030")
    }

    @Test func stripsUTF8BOM() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("商务部".utf8))
        #expect(decoded.text == "商务部")
    }

    @Test func refusesEmptyAndBinary() {
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode([UInt8]()) }
        #expect(throws: TextDecodingError.binary) { try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]) }
    }
}
