import Foundation
import Testing
@testable import ZhengceDocument

/// Bad input gives a clear error or a warning, never a crash.
@Suite struct BadInputTests {
    @Test func emptyFileIsAClearError() {
        #expect(throws: DocumentError.self) { try DocumentParser().parse(data: Data(), path: "empty.txt") }
        do { _ = try DocumentParser().parse(data: Data(), path: "empty.txt") } catch {
            #expect("\(error)" == "empty.txt: the file is empty")
        }
    }

    /// lawrefbook's folder pages (行政法规/_index.md: front matter and nothing else), blank files and bare markup are no
    /// documents; a Markdown title alone still is one.
    @Test(arguments: ["---\nbookCollapseSection: true\n---\n", " \n\n\u{3000}\n", "<html><body><p> </p></body></html>"])
    func aFileWithoutTextIsAClearError(text: String) {
        let path = text.hasPrefix("<") ? "page.html" : "_index.md"
        do {
            _ = try DocumentParser().parse(data: Data(text.utf8), path: path)
            Issue.record("a file without text parsed as a document")
        } catch {
            #expect("\(error)" == "\(path): the file holds no text (only blank lines, front matter or markup)")
        }
        #expect((try? DocumentParser().parse(data: Data("# 中华人民共和国测试法\n".utf8), path: "t.md"))?.title == "中华人民共和国测试法")
    }

    @Test func binaryFileIsAClearError() {
        let data = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        do {
            _ = try DocumentParser().parse(data: data, path: "blob.txt")
            Issue.record("binary data parsed")
        } catch {
            #expect("\(error)".contains("binary"))
        }
    }

    @Test func fiftyMegabytesOverTheLimitIsRefusedQuickly() {
        let data = Data(repeating: 0x41, count: 50 * 1024 * 1024)
        do {
            _ = try DocumentParser(maximumBytes: 8 * 1024 * 1024).parse(data: data, path: "huge.txt")
            Issue.record("over-limit file parsed")
        } catch let error as DocumentError {
            guard case .tooLarge(_, let bytes, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(bytes == 50 * 1024 * 1024)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func largeDocumentParsesInLinearTime() throws {
        // 999 numbered opinions (labels have at most three digits): every one comes out as a measure.
        var text = "示例部关于大量措施的意见\n\n示发〔2024〕1号\n\n"
        for i in 1...999 {
            text += "\(i).措施第\(i)项。支持企业开展业务，到2025年培育企业不少于\(i)家。（示例部牵头，财政部按职责分工负责）\n\n"
        }
        text += "示例部\n\n2024年1月2日\n"
        let d = try DocumentParser().parse(data: Data(text.utf8), path: "large.txt")
        #expect(d.measures.count == 999)
        #expect(d.measures.last?.targets.first?.value == 999)
        #expect(d.warnings.isEmpty)
    }

    @Test func randomTextDoesNotCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("一二三四五六七八九十（）()、。，；：1234567890.第章节条《》“”〔〕号年月日牵头负责单位部委局\n ")
        for _ in 0..<50 {
            let s = String((0..<400).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            _ = try? DocumentParser().parse(data: Data(s.utf8), path: "r.txt")
        }
    }
}
