import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceStore

@Suite struct QueryLanguageTests {
    @Test func wordsPhrasesOrAndExclusions() throws {
        let q = try QueryParser.parse("海外仓 \"先查验后装运\" 人才 OR 人员 -草案")
        #expect(q.groups.map { $0.map(\.text) } == [["海外仓"], ["先查验后装运"], ["人才", "人员"]])
        #expect(q.groups[1][0].phrase)
        #expect(q.excluded.map(\.text) == ["草案"])
    }

    @Test func unbalancedQuoteRunsToTheEnd() throws {
        let q = try QueryParser.parse("跨境 \"海外 仓")
        #expect(q.groups.map { $0.map(\.text) } == [["跨境"], ["海外 仓"]])
    }

    @Test func operatorsAtOddPlacesAreHarmless() throws {
        #expect(try QueryParser.parse("OR 海外仓 OR").groups.map { $0.map(\.text) } == [["海外仓"]])
        #expect(try QueryParser.parse("AND OR NOT").isEmpty)
        #expect(try QueryParser.parse("- -- ，。").isEmpty)
    }

    @Test func tooLongAndTooManyTerms() throws {
        #expect(throws: QueryError.tooLong(length: 10_000, limit: QueryParser.maximumLength)) {
            try QueryParser.parse(String(repeating: "海", count: 10_000))
        }
        let many = (1...40).map { "词\($0)" }.joined(separator: " ")
        #expect(throws: QueryError.tooManyTerms(count: 40, limit: QueryParser.maximumTerms)) { try QueryParser.parse(many) }
    }

    @Test func indexTermsCutWordsAndCharacters() {
        #expect(IndexTerms.characters("海外仓，建设") == ["海外", "外仓", "仓", "建设", "设"])
        #expect(IndexTerms.characters("ＲＣＥＰ市场") == ["市场", "场"])
        #expect(IndexTerms.runs(of: "2025年培育30家").map(\.text) == ["2025", "年培育", "30", "家"])
        // Words are split where CJK meets digits or Latin, so "2025年" never hides "2025".
        let words = IndexTerms.words("到2025年建成B2B平台")
        #expect(words.contains("2025"))
        #expect(words.contains("b2b"))
        #expect(!words.contains { $0.contains("2025") && $0 != "2025" })
    }

    @Test(arguments: ["海外仓，建设", "", "。", "仓", "ＲＣＥＰ市场2025年", "第一条　为了规范𠀀𠀁管理", "a海b外c"])
    func joinedFormsEqualTheTermLists(text: String) {
        #expect(IndexTerms.joinedCharacters(text) == IndexTerms.characters(text).joined(separator: " "))
        #expect(IndexTerms.joinedWords(text) == IndexTerms.words(text).joined(separator: " "))
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct HostileQueryTests {
    let store: Store
    init() throws { store = try makeStore(sampleDocuments()) }

    static let queries: [String] = [
        "", "   ", "\u{3000}", "，。！？、；：", "\"", "\"\"", "\" \"", "-", "--海外仓", "- 海外仓", "OR", "AND", "NOT",
        "OR OR 海外仓", "海外仓 OR", "NEAR(海外仓 建设)", "NEAR/2", "海外仓*", "*", "^海外仓", "title:海外仓", "text_words:海外",
        "{title_words}:海外仓", "\"海外仓", "海外仓\"", "(海外仓", "海外仓)", "'海外仓'", "海外仓 -", "a\"b\"c", "\\\"",
        "😀", "𠀀𠀁", "\u{0}", "海外仓\u{0}建设", "SELECT * FROM measures", "'; DROP TABLE measures; --",
        String(repeating: "海", count: 10_000), String(repeating: "海 ", count: 500), String(repeating: "-", count: 999),
    ]

    @Test(arguments: queries)
    func neverAnSQLErrorOrACrash(query: String) throws {
        do {
            let result = try store.search(SearchRequest(text: query))
            #expect(result.total >= result.hits.count)
        } catch let error as QueryError {
            #expect(!error.description.isEmpty)
        }
        // The store still answers afterwards.
        #expect(try store.search(SearchRequest(text: "海外仓")).total == 4)
    }

    @Test func clearErrorsForEmptyAndExclusionOnly() throws {
        #expect(throws: QueryError.nothingToSearch) { try store.search(SearchRequest(text: "")) }
        #expect(throws: QueryError.nothingToSearch) { try store.search(SearchRequest(text: "，。！")) }
        #expect(throws: QueryError.onlyExclusions) { try store.search(SearchRequest(text: "-海外仓")) }
    }

    @Test func operatorCharactersAreSearchedAsText() throws {
        #expect(try store.search(SearchRequest(text: "海外仓*")).total == 4)
        #expect(try store.search(SearchRequest(text: "^海外仓")).total == 4)
        #expect(try store.search(SearchRequest(text: "\"海外仓")).total == 4)
    }
}

/// Queries in Traditional script are read on their Simplified key (issue 14).
@Suite struct TraditionalQueryTests {
    @Test func traditionalQueryIsItsSimplifiedKey() throws {
        #expect(try QueryParser.parse("海外倉 -草案").groups.map { $0.map(\.text) } == [["海外仓"]])
        #expect(try QueryParser.parse("\"跨境電商\"").groups.map { $0.map(\.text) } == [["跨境电商"]])
    }
}
