import Foundation
import TestSupport
import Testing
@testable import ZhengceText

/// Expected tokens from a marked text: words separated by "|", white space kept as is
/// and never a token. Offsets are computed from the marks, not counted by hand.
func marked(_ text: String) -> (text: String, tokens: [Token]) {
    var plain = ""
    var tokens: [Token] = []
    var offset = 0
    for piece in text.split(separator: "|", omittingEmptySubsequences: false) {
        var word = ""
        var start = offset
        for character in piece {
            if character.isWhitespace {
                if !word.isEmpty { tokens.append(Token(text: word, start: start, end: offset)); word = "" }
                plain.append(character)
                offset += character.utf16.count
                start = offset
            } else {
                word.append(character)
                plain.append(character)
                offset += character.utf16.count
            }
        }
        if !word.isEmpty { tokens.append(Token(text: word, start: start, end: offset)) }
    }
    return (plain, tokens)
}

/// Checks that `tokens` tile `text`: in order, not overlapping, each token's text is its
/// slice, and only white space lies between tokens.
func expectTiles(_ tokens: [Token], _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let units = Array(text.utf16)
    var position = 0
    for token in tokens {
        guard token.start >= position, token.end > token.start, token.end <= units.count else {
            Issue.record("bad token \(token) after \(position) of \(units.count)", sourceLocation: sourceLocation)
            return
        }
        let gap = String(decoding: units[position..<token.start], as: UTF16.self)
        let gapIsSpace = gap.allSatisfy { $0.isWhitespace }
        #expect(gapIsSpace, "non-space \(gap.debugDescription) skipped before \(token)", sourceLocation: sourceLocation)
        #expect(String(decoding: units[token.start..<token.end], as: UTF16.self) == token.text, sourceLocation: sourceLocation)
        position = token.end
    }
    let tail = String(decoding: units[position...], as: UTF16.self)
    let tailIsSpace = tail.allSatisfy { $0.isWhitespace }
    #expect(tailIsSpace, "non-space tail \(tail.debugDescription)", sourceLocation: sourceLocation)
}

@Suite struct SegmenterTests {
    /// A segmenter of the suite's own (`Segmenter.shared` is read-only; see `sharedSegmenterIsReadOnly`).
    let segmenter = Segmenter()

    @Test func segmentsThePolicySentenceIntoSensibleWords() {
        let (text, expected) = marked("支持|跨境电商|企业|按规定|将|出口|货物|在|境外|发生|的|费用|与|出口|货款|轧差结算")
        #expect(segmenter.tokenize(text) == expected)
        #expect(segmenter.ranges(text) == expected.map { $0.start..<$0.end })
        #expect(segmenter.cut(text).joined(separator: " ") == "支持 跨境电商 企业 按规定 将 出口 货物 在 境外 发生 的 费用 与 出口 货款 轧差结算")
    }

    @Test(arguments: [
        ("商务部会同国家外汇局、海关总署、税务总局研究制定支持政策", ["商务部", "国家外汇局", "海关总署", "税务总局"]),
        ("由市商务委牵头，省市场监管局、人民银行上海总部按职责分工负责", ["市商务委", "牵头", "省市场监管局"]),
        ("金融监管总局和国家外汇管理局指导银行机构优化跨境结算服务", ["金融监管总局", "国家外汇管理局"]),
        ("市场监管总局、网信办、发展改革委加强事中事后监管", ["市场监管总局", "网信办", "发展改革委", "事中事后监管"]),
    ])
    func keepsDepartmentNamesWhole(sentence: String, names: [String]) {
        let words = segmenter.cut(sentence)
        for name in names { #expect(words.contains(name), "\(name) not whole in \(words)") }
    }

    @Test(arguments: [
        ("上海市税务局、四川省市场监管局", "上海市 税务局 、 四川省 市场监管局"),
        ("各级商务部门要加强指导", "各级 商务 部门 要 加强指导"),
        ("市税务局、市商务委、省市场监管局", "市税务局 、 市商务委 、 省市场监管局"),
    ])
    func placeNamesKeepTheirLevelAndDepartmentsDoNotSwallowNeighbours(text: String, expected: String) {
        #expect(segmenter.cut(text).joined(separator: " ") == expected)
    }

    @Test func keepsPolicyTermsWhole() {
        let words = segmenter.cut("鼓励企业建设海外仓，推动综试区发展，创新市场采购贸易方式，壮大外贸新业态，实行先查验后装运，加入万国邮联")
        for term in ["海外仓", "综试区", "市场采购贸易方式", "外贸新业态", "先查验后装运", "万国邮联"] {
            #expect(words.contains(term), "\(term) not whole in \(words)")
        }
    }

    @Test func keepsDocumentNumbersWhole() {
        let (text, expected) = marked("根据|国办发〔2021〕24号|和|商贸发[2024]125号|文件|，|落实|沪商贸发【2023】183号")
        #expect(segmenter.tokenize(text) == expected)
    }

    @Test func keepsNumbersDatesAndPercentagesWhole() {
        let (text, expected) = marked("2024年6月8日|起|，|出口|增长|12.5%|，|达到|1,000|万元|，|2023年|为|3.5")
        #expect(segmenter.tokenize(text) == expected)
        #expect(segmenter.cut("6月8日") == ["6月8日"])
    }

    @Test func treebankStyleSplitsDatesAndClassifiers() {
        let words = segmenter.tokenize("位于北京的一个博物馆成为了2024年的热点", style: .treebank).map(\.text)
        #expect(words == ["位", "于", "北京", "的", "一", "个", "博物馆", "成", "为", "了", "2024", "年", "的", "热点"])
    }

    @Test func fullWidthLatinAndDigitsKeepExactOffsets() {
        let (text, expected) = marked("出口额|增长|１２．５％|，|ＡＥＯ|企业")
        #expect(segmenter.tokenize(text) == expected)
        #expect(expected[2].start == 5 && expected[2].end == 10)
    }

    @Test func ideographicSpaceIsNotAToken() {
        let (text, expected) = marked("海关总署\u{3000}商务部\u{3000}\u{3000}|税务总局")
        #expect(text.utf16.count == 14)
        #expect(segmenter.tokenize(text) == expected)
        #expect(expected.map(\.start) == [0, 5, 10] && expected.map(\.end) == [4, 8, 14])
    }

    @Test func charactersOutsideTheBMPKeepTheirSurrogatePairs() {
        let text = "𠀀𠀁商务部𪚥支持"
        let tokens = segmenter.tokenize(text)
        expectTiles(tokens, text)
        #expect(tokens.contains(Token(text: "商务部", start: 4, end: 7)))
        let units = Array(text.utf16)
        for token in tokens {
            #expect(!UTF16.isTrailSurrogate(units[token.start]), "token starts inside a pair: \(token)")
            #expect(token.end == units.count || !UTF16.isTrailSurrogate(units[token.end]), "token ends inside a pair: \(token)")
        }
    }

    @Test func mixedChineseAndLatin() {
        let words = segmenter.cut("企业使用ERP系统和iPhone 15 Pro开展COVID-19防控，AT&T与Navy's合作")
        for word in ["企业", "ERP", "系统", "iPhone", "15", "Pro", "COVID-19", "AT&T", "Navy's"] {
            #expect(words.contains(word), "\(word) missing in \(words)")
        }
    }

    @Test func unknownNamesAreGroupedNotLeftAsSingleCharacters() {
        // 瓦尼亚 and 索尔蒂 are not lexicon words; the HMM groups the characters.
        let text = "哈尔瓦尼亚总统访问了索尔蒂斯港"
        let tokens = segmenter.tokenize(text)
        expectTiles(tokens, text)
        #expect(tokens.map(\.text).contains("总统"))
        #expect(tokens.filter { $0.text.count == 1 }.count <= 2, "\(tokens.map(\.text))")
    }

    @Test func addedWordsComeOutWhole() {
        let local = Segmenter(style: .policy)
        let text = "推进跨境云仓联盟建设"
        let before = local.addedWordCount
        #expect(!local.cut(text).contains("跨境云仓联盟"))
        local.addWords(["跨境云仓联盟", " "])
        #expect(local.cut(text) == ["推进", "跨境云仓联盟", "建设"])
        #expect(local.addedWordCount == before + 1)
        #expect(!segmenter.cut(text).contains("跨境云仓联盟"), "words added to one segmenter leak into another")
    }

    /// Adding words to `Segmenter.shared` stops the program (a corpus's words go to a segmenter of its own), and
    /// `shared` cuts as a new segmenter with the bundled lexicons does.
    @Test func sharedSegmenterIsReadOnly() async {
        await #expect(processExitsWith: .failure) {
            Segmenter.shared.addWords(["跨境云仓联盟"])
        }
        let text = "推进跨境云仓联盟建设，跨境电商综试区先行先试"
        #expect(Segmenter.shared.cut(text) == Segmenter().cut(text))
        #expect(Segmenter.shared.addedWordCount == Segmenter().addedWordCount)
    }

    @Test func learnedTermsDoNotOverrideTheLexicons() {
        let local = Segmenter()
        local.addWords(["市税务局", "省市场监管局", "商务部", "市口岸委"])
        #expect(local.cut("上海市税务局、四川省市场监管局、各级商务部门") == ["上海市", "税务局", "、", "四川省", "市场监管局", "、", "各级", "商务", "部门"])
        #expect(local.cut("市口岸委牵头") == ["市口岸委", "牵头"])
    }

    @Test func readsLexiconFiles() throws {
        let entries = LexiconLine.parse("# comment\n跨境电商综试区\n海外仓 5000 n\n\n")
        #expect(entries == [LexiconLine(word: "跨境电商综试区", frequency: nil), LexiconLine(word: "海外仓", frequency: 5000)])
        let local = Segmenter(style: .policy, includePolicyLexicon: false)
        #expect(local.addedWordCount == 0)
        #expect(try local.addLexicon(contentsOf: Fixtures.corpus.appendingPathComponent("lexicon.txt")) >= 1)
        #expect(local.cut("推进跨境电商综试区建设").contains("跨境电商综试区"))
    }

    @Test func emptyAndSpaceOnlyTextHaveNoTokens() {
        #expect(segmenter.tokenize("").isEmpty)
        #expect(segmenter.tokenize(" \t\n\u{3000}\r\n").isEmpty)
    }

    @Test func corpusDocumentsTileAndKeepNamesWhole() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Fixtures.corpus, includingPropertiesForKeys: nil)
            .filter { ["txt", "md", "html"].contains($0.pathExtension) && $0.lastPathComponent != "lexicon.txt" }
            .sorted { $0.path < $1.path }
        #expect(files.count == 5)
        var words = Set<String>()
        for file in files {
            let text = try TextDecoder.decode(Data(contentsOf: file)).text
            let tokens = segmenter.tokenize(text)
            expectTiles(tokens, text)
            words.formUnion(tokens.map(\.text))
        }
        for name in ["商务部", "国家外汇局", "海关总署", "市商务委", "省市场监管局", "跨境电商", "海外仓", "综试区", "轧差结算",
                     "国办发〔2021〕24号", "沪商贸发〔2023〕183号"] {
            #expect(words.contains(name), "\(name) never whole in the corpus")
        }
    }

    @Test func aVeryLongDocumentSegmentsCompletely() throws {
        let file = Fixtures.corpus.appendingPathComponent("shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses.txt")
        let one = try TextDecoder.decode(Data(contentsOf: file)).text
        let text = String(repeating: one + "\n", count: 40)
        let tokens = segmenter.tokenize(text)
        expectTiles(tokens, text)
        let single = segmenter.tokenize(one).count
        #expect(tokens.count == single * 40)
    }

    @Test func randomInputNeverBreaksTheTiling() {
        var generator = SplitMix64(seed: 20_240_608)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF5E, 0x20000...0x2A6DF, 0x0080...0x07FF, 0x1F600...0x1F64F, 0x09...0x0D]
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 80) {
                let range = ranges[Int(generator.next() % UInt64(ranges.count))]
                let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            let string = String(text)
            expectTiles(segmenter.tokenize(string), string)
            expectTiles(segmenter.tokenize(string, style: .treebank), string)
        }
    }

    @Test func concurrentCallsAgree() async {
        let text = "支持跨境电商企业按规定将出口货物在境外发生的费用与出口货款轧差结算。商务部、海关总署配合。"
        let expected = segmenter.tokenize(text)
        let results = await withTaskGroup(of: [Token].self) { group in
            for _ in 0..<8 { group.addTask { [segmenter] in segmenter.tokenize(text) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == expected })
    }
}
