import Foundation
import TestSupport
import Testing

/// Regression tests for the twelve reproductions of issue 17 ("Nothing lost, nothing silent"),
/// each named after its number; every one ran against the built binary and failed before the fix.
@Suite struct ReliabilityTests {
    /// Bytes of every file in `folder` (sorted by name), to show a failed run changed nothing.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    // 1. Write errors were ignored: exit 0 with the output lost.
    @Test func reproduction01WriteErrorsEndWithExit2() throws {
        let scratch = try scratchFolder("r01")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("z.sqlite").path
        let corpus = Fixtures.corpus.path
        for command in ["$Z query 海外 OR 企业 --format json --limit 200 --db '\(db)' --corpus '\(corpus)'",
                        "$Z segment 支持跨境电商企业", "$Z depts --corpus '\(corpus)'", "$Z dept 商务部 --corpus '\(corpus)'",
                        "$Z docs --corpus '\(corpus)'", "$Z show guobanfa-2015-46-cross-border-ecommerce-guidance --corpus '\(corpus)'"] {
            let run = try runShell(command + " > /dev/full")
            #expect(run.status == 2, "\(command): exit \(run.status), stderr \(run.stderr)")
            #expect(run.stderr == "zhengce: cannot write to standard output: No space left on device\n", "\(command): \(run.stderr)")
        }
    }

    // 2. A broken departments.yaml was half-applied: the store changed, the export did not.
    @Test func reproduction02BrokenDepartmentsFileChangesNothing() throws {
        let corpus = try scratchCorpus("r02")
        let out = corpus.deletingLastPathComponent().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        let db = out.appendingPathComponent("zhengce.sqlite").path
        let first = try runZhengce(["index", "--corpus", corpus.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(out)
        let registry = corpus.appendingPathComponent("departments.yaml")
        let broken = "departments:\n  - name: 某某局\n    kind: [bad\n"
        try broken.write(to: registry, atomically: true, encoding: .utf8)
        try "\n".write(to: corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt"),
                       atomically: false, encoding: .utf8)   // a changed document the run would index
        let second = try runZhengce(["index", "--corpus", corpus.path, "--db", db])
        #expect(second.status == 2)
        #expect(second.stdout.isEmpty, "nothing indexed, nothing printed: \(second.stdout)")
        let lines = second.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one message: \(second.stderr)")
        let line = registry.path + ":\(broken.split(separator: "\n", omittingEmptySubsequences: false).count):"
        #expect(second.stderr.hasPrefix("zhengce: " + line), "file and line named: \(second.stderr)")
        #expect(try snapshot(out) == before, "store and export untouched")
    }

    // 3. kill -9 between the export's renames left a new zhengce.json beside old .jsonld/.ndjson, and
    // .zhengce.json.PID.tmp files were never cleaned up.
    @Test func reproduction03HalfDoneExportSwitchIsFinishedAndStaleFilesRemoved() throws {
        let out = try scratchFolder("r03")
        defer { try? FileManager.default.removeItem(at: out) }
        // What a run killed after its first rename left: its journal, two renames to go, and a
        // 33 MB-style temporary of an earlier killed run (process 2147480000 is not alive).
        try "{\"new\": true}\n".write(to: out.appendingPathComponent("zhengce.json"), atomically: false, encoding: .utf8)
        try "old\n".write(to: out.appendingPathComponent("zhengce.jsonld"), atomically: false, encoding: .utf8)
        try "new jsonld\n".write(to: out.appendingPathComponent(".zhengce.jsonld.2147480001.tmp"), atomically: false, encoding: .utf8)
        try ".zhengce.jsonld.2147480001.tmp\tzhengce.jsonld\n"
            .write(to: out.appendingPathComponent(".zhengce-export.switch"), atomically: false, encoding: .utf8)
        try "stale".write(to: out.appendingPathComponent(".zhengce.json.2147480000.tmp"), atomically: false, encoding: .utf8)
        let run = try runZhengce(["export", "--corpus", Fixtures.corpus.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name))
                    == Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Output/" + name)), "\(name) is the new export")
        }
    }

    // 2 (continued). The store and the export change together: an export folder that cannot be
    // written is found before the store is touched.
    @Test func reproduction02UnwritableExportFolderLeavesTheStoreAlone() throws {
        let scratch = try scratchFolder("r02-out")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let blocker = scratch.appendingPathComponent("a-file")
        try "not a folder".write(to: blocker, atomically: false, encoding: .utf8)
        let db = scratch.appendingPathComponent("z.sqlite").path
        let run = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", db, "--out", blocker.path + "/out"])
        #expect(run.status == 2)
        #expect(run.stderr == "zhengce: \(blocker.path)/out: cannot write the export there: \(blocker.path) is not a folder\n", "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db), "the store was not created")
    }

    // The export and index commands name a file error in the system's words ("Not a directory"), not
    // Foundation's sentence without a cause ("The operation could not be completed. The file doesn’t exist.").
    @Test func fileErrorsGiveTheSystemsReason() throws {
        let scratch = try scratchFolder("reasons")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let blocker = scratch.appendingPathComponent("a-file")
        try "not a folder".write(to: blocker, atomically: false, encoding: .utf8)
        let export = try runZhengce(["export", "--corpus", Fixtures.corpus.path, "--out", blocker.path + "/out"])
        #expect(export.status == 2)
        #expect(export.stderr.hasSuffix("zhengce: \(blocker.path)/out: cannot write: Not a directory\n"), "\(export.stderr)")
        let store = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", blocker.path + "/inner/z.sqlite", "--no-export"])
        #expect(store.status == 2)
        #expect(store.stderr.hasSuffix("zhengce: \(blocker.path)/inner/z.sqlite: cannot create the index's folder \(blocker.path)/inner: Not a directory\n"),
                "\(store.stderr)")
        let corpus = try runZhengce(["docs", "--corpus", blocker.path])
        #expect(corpus.status == 2)
        #expect(corpus.stderr.hasSuffix("\(blocker.path): is a file, not a folder (give the folder that holds the documents)\n"), "\(corpus.stderr)")
    }

    // A store and export in a new folder named by one character, given relative to the working folder
    // (`--db G/z.sqlite --out G/out`), crashed the run: Foundation's `deletingLastPathComponent` traps on "G".
    @Test func oneCharacterRelativeFoldersAreCreated() throws {
        let scratch = try scratchFolder("one-char")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", "G/z.sqlite", "--out", "G/out"], in: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("G/z.sqlite").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("G/out").path).sorted()
                == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
        // Without --out, the export goes beside the store: here the folder "H".
        let beside = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", "H/z.sqlite"], in: scratch)
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("H/zhengce.json").path))
    }

    // 2 (continued). A departments.yaml that parses but names a department the registry lacks was
    // reported after the store had stored every name unresolved; the main job now finds it first.
    @Test func reproduction02DanglingDepartmentReferenceStopsTheMainJob() throws {
        let corpus = try scratchCorpus("r02-dangling")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        try "departments:\n  - name: 某某局\n    kind: bureau\n    parent: 不存在的部门\n"
            .write(to: corpus.appendingPathComponent("departments.yaml"), atomically: true, encoding: .utf8)
        let db = corpus.deletingLastPathComponent().appendingPathComponent("z.sqlite").path
        let run = try runZhengce(["index", "--corpus", corpus.path, "--db", db])
        #expect(run.status == 2)
        #expect(run.stderr.contains("某某局") && run.stderr.contains("不存在的部门"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1 && run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    // 4. Impossible dates and periods in corpus.yaml were accepted without a word.
    @Test(arguments: [("date: 2015-06-16", "date: 2021-02-30", "date '2021-02-30' is not a calendar date"),
                      ("date: 2015-06-16", "date: notadate", "date 'notadate' is not a calendar date"),
                      ("date: 2015-06-16", "date: 2015-06-16\n    period: abc", "period 'abc' is not two years"),
                      ("date: 2015-06-16", "dat: 2015-06-16", "unknown field 'dat'; did you mean 'date'?")])
    func reproduction04CorpusDatesAreChecked(original: String, replacement: String, message: String) throws {
        let corpus = try scratchCorpus("r04")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        let file = corpus.appendingPathComponent("corpus.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: original, with: replacement).write(to: file, atomically: true, encoding: .utf8)
        // The date line of guobanfa-2015-46 is line 22, its value at column 11 (read from Corpus/corpus.yaml).
        let lineNumber = text.components(separatedBy: "\n").firstIndex { $0.contains(original) }! + 1
        for arguments in [["docs"], ["index", "--db", corpus.deletingLastPathComponent().appendingPathComponent("z.sqlite").path]] {
            let run = try runZhengce(arguments + ["--corpus", corpus.path])
            #expect(run.status == 2)
            let line = replacement.contains("period") ? lineNumber + 1 : lineNumber
            let column = replacement.contains("period") ? 13 : replacement.hasPrefix("dat:") ? 5 : 11
            let hint = message.hasPrefix("date") ? " (YYYY-MM-DD)" : message.hasPrefix("period") ? " (e.g. 2024-2027)" : ""
            #expect(run.stderr == "zhengce: \(file.path):\(line):\(column): \(message)\(hint)\n", "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: corpus.deletingLastPathComponent().appendingPathComponent("z.sqlite").path))
    }

    // 5. Big5 and Shift-JIS were read as GB18030 mojibake.
    @Test func reproduction05LegacyEncodingsAreDetected() throws {
        let big5 = try runZhengce(["segment", "--file", Fixtures.file("encodings/big5-notice.txt").path, "--format", "json"])
        #expect(big5.status == 0)
        #expect(big5.stdout.hasPrefix("{\"encoding\":\"Big5\""))
        #expect(big5.stdout.contains("\"行政院\"") && big5.stdout.contains("\"電子"), "\(big5.stdout.prefix(200))")
        for (file, charset) in [("shift-jis-notice.txt", "Shift_JIS"), ("euc-jp-notice.txt", "EUC-JP")] {
            let run = try runZhengce(["segment", "--file", Fixtures.file("encodings/" + file).path])
            #expect(run.status == 2)
            #expect(run.stderr.contains("looks like \(charset) text"), "\(run.stderr)")
        }
        let gbk = try runZhengce(["segment", "--file", Fixtures.file("gbk-notice.txt").path, "--format", "json"])
        #expect(gbk.stdout.hasPrefix("{\"encoding\":\"GB18030\""))
        // In a corpus: the Big5 file is indexed with its text, the Shift-JIS one is reported and skipped.
        let corpus = try scratchFolder("r05")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.copyItem(at: Fixtures.file("encodings/big5-notice.txt"), to: corpus.appendingPathComponent("big5.txt"))
        try FileManager.default.copyItem(at: Fixtures.file("encodings/shift-jis-notice.txt"), to: corpus.appendingPathComponent("sjis.txt"))
        let docs = try runZhengce(["docs", "--corpus", corpus.path, "--format", "json"])
        #expect(docs.stdout.contains("\"encoding\" : \"Big5\"") || docs.stdout.contains("Big5"), "\(docs.stdout.prefix(400))")
        #expect(docs.stderr.contains("sjis.txt") && docs.stderr.contains("Shift_JIS"), "\(docs.stderr)")
    }

    // 6. Another program's SQLite file was switched to WAL before being refused.
    @Test func reproduction06ForeignDatabaseIsNotTouched() throws {
        let scratch = try scratchFolder("r06")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("notes.sqlite")
        try FileManager.default.copyItem(at: Fixtures.file("foreign.sqlite"), to: db)
        let before = try Data(contentsOf: db)
        for arguments in [["query", "企业"], ["index"]] {
            let run = try runZhengce(arguments + ["--db", db.path, "--corpus", Fixtures.corpus.path])
            #expect(run.status == 2)
            #expect(run.stderr.contains(db.path), "\(run.stderr)")
        }
        #expect(try Data(contentsOf: db) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["notes.sqlite"], "no -wal or -shm left")
    }

    // 7. Closed standard input or output ended in a fatal error (exit 132) with a backtrace.
    @Test func reproduction07ClosedStreamsAreErrorsNotCrashes() throws {
        let closedInput = try runShell("$Z segment - <&-")
        #expect(closedInput.status == 2)
        #expect(closedInput.stderr == "zhengce: cannot read standard input: it is closed\n")
        let corpus = Fixtures.corpus.path
        for command in ["docs --corpus '\(corpus)'", "show guobanfa-2015-46-cross-border-ecommerce-guidance --corpus '\(corpus)'",
                        "lineage --corpus '\(corpus)'", "check --corpus '\(corpus)'",
                        "diff Tests/Fixtures/diff/plan-draft.txt Tests/Fixtures/diff/plan-final.txt"] {
            let closed = try runShell("$Z \(command) >&-")
            #expect(closed.status == 2, "\(command): \(closed.status) \(closed.stderr)")
            #expect(closed.stderr.hasSuffix("zhengce: cannot write to standard output: it is closed\n"), "\(command): \(closed.stderr)")
            // A reader that goes away (| head) is not an error.
            let piped = try runShell("$Z \(command) | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}")
            #expect(piped.status == 0 || (command.hasPrefix("check") && piped.status == 1), "\(command): \(piped.status) \(piped.stderr)")
            #expect(!piped.stderr.contains("Fatal error"), "\(piped.stderr)")
        }
    }

    // 7 (continued). A reader that goes away in the middle of a long output (EPIPE on a later
    // write, not only on the last) ends the run quietly with 0.
    @Test func reproduction07ClosedPipeMidOutputIsQuiet() throws {
        let scratch = try scratchFolder("r07-pipe")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let text = try String(contentsOf: Fixtures.corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt"), encoding: .utf8)
        try String(repeating: text, count: 200).write(to: scratch.appendingPathComponent("big.txt"), atomically: false, encoding: .utf8)
        for command in ["$Z segment --file big.txt", "$Z segment --file big.txt --format json",
                        "$Z docs --format json --corpus '\(Fixtures.corpus.path)'"] {
            let run = try runShell("\(command) | head -c 10 > /dev/null; exit ${PIPESTATUS[0]}", in: scratch)
            #expect(run.status == 0, "\(command): \(run.status)")
            #expect(run.stderr.isEmpty, "\(command): \(run.stderr)")
        }
    }

    // 9. show and diff silently took the first of several documents sharing a 发文字号; exit codes
    // for an unknown or ambiguous document differed by command.
    @Test func reproduction09OneLookupForShowDiffLineage() throws {
        let corpus = try scratchCorpus("r09")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        // A second document with the 发文字号 of 国办发〔2015〕46号 (a copy under another name).
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt"),
                                         to: corpus.appendingPathComponent("copy-of-46.txt"))
        let metadata = corpus.appendingPathComponent("corpus.yaml")
        try (try String(contentsOf: metadata, encoding: .utf8) + "  copy-of-46.txt:\n    docNumber: 国办发〔2015〕46号\n")
            .write(to: metadata, atomically: true, encoding: .utf8)
        let path = corpus.path
        for arguments in [["show", "国办发[2015]46号"], ["lineage", "国办发[2015]46号"], ["diff", "国办发[2015]46号", "国办发[2021]24号"]] {
            let run = try runZhengce(arguments + ["--corpus", path])
            #expect(run.status == 2, "\(arguments): \(run.status)")
            #expect(run.stderr.hasPrefix("zhengce: '国办发[2015]46号' names 2 documents: copy-of-46 (国办发〔2015〕46号), guobanfa-2015-46"),
                    "\(arguments): \(run.stderr)")
        }
        for arguments in [["show", "国办发2015-46"], ["lineage", "国办发2015-46"], ["diff", "国办发2015-46", "国办发[2021]24号"]] {
            let run = try runZhengce(arguments + ["--corpus", Fixtures.corpus.path])
            #expect(run.status == 2, "\(arguments): \(run.status)")
            #expect(run.stderr.hasPrefix("zhengce: no document '国办发2015-46' in ") && run.stderr.contains("nearest: guobanfa-2015-46-cross-border-ecommerce-guidance (国办发〔2015〕46号)"),
                    "\(arguments): \(run.stderr)")
        }
        let label = try runZhengce(["show", "guobanfa-2015-46-cross-border-ecommerce-guidance", "99", "--corpus", Fixtures.corpus.path])
        #expect(label.status == 2)
    }

    // 10. Unclear messages: a binary corpus.yaml without a file name, a departments.yaml error
    // ending in "at " printed twice, `--year -2020` refused, `--dept ''` misreported.
    @Test func reproduction10MessagesNameTheFileAndPlace() throws {
        let corpus = try scratchCorpus("r10")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        let metadata = corpus.appendingPathComponent("corpus.yaml")
        let original = try Data(contentsOf: metadata)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE]).write(to: metadata)
        let binary = try runZhengce(["docs", "--corpus", corpus.path])
        #expect(binary.status == 2)
        #expect(binary.stderr.hasPrefix("zhengce: \(metadata.path):1:"), "\(binary.stderr)")
        #expect(binary.stderr.contains("not a YAML text file") && !binary.stderr.contains("NSCocoaErrorDomain"))
        try original.write(to: metadata)

        let registry = corpus.appendingPathComponent("departments.yaml")
        try "departments:\n  - name: 某某局\n    kind: [bad\n".write(to: registry, atomically: true, encoding: .utf8)
        let broken = try runZhengce(["index", "--corpus", corpus.path, "--db", corpus.appendingPathComponent("../z.sqlite").path])
        #expect(broken.status == 2)
        #expect(broken.stderr.split(separator: "\n").count == 1, "once: \(broken.stderr)")
        #expect(broken.stderr.range(of: #"departments\.yaml:\d+:\d+: "#, options: .regularExpression) != nil, "\(broken.stderr)")
        #expect(!broken.stderr.hasSuffix("at \n"))

        let year = try runZhengce(["query", "企业", "--year", "-2020", "--db", corpus.appendingPathComponent("../q.sqlite").path,
                                   "--corpus", Fixtures.corpus.path, "--format", "json"])
        #expect(year.status == 0 || year.status == 1, "\(year.stderr)")
        #expect(!year.stderr.contains("Missing value"))
        for (option, message) in [("--dept", "--dept needs a department name"), ("--doc", "--doc needs a document id")] {
            let empty = try runZhengce(["query", "企业", option, ""])
            #expect(empty.status == 64)
            #expect(empty.stderr.contains(message), "\(empty.stderr)")
        }
    }

    // 10 (continued). Symbolic links to documents were ignored without a message.
    @Test func reproduction10SymbolicLinksAreFollowedOrReported() throws {
        let corpus = try scratchFolder("r10-links")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let target = Fixtures.corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt")
        try FileManager.default.createSymbolicLink(at: corpus.appendingPathComponent("linked.txt"), withDestinationURL: target)
        try FileManager.default.createSymbolicLink(at: corpus.appendingPathComponent("dangling.txt"),
                                                   withDestinationURL: corpus.appendingPathComponent("gone.txt"))
        let docs = try runZhengce(["docs", "--corpus", corpus.path])
        #expect(docs.stdout.contains("\nlinked "), "\(docs.stdout)")
        // 11 measures: 一、 to 十一、 of 国办发〔2015〕46号 (十二、 is framing), as `zhengce show` lists them.
        #expect(docs.stdout.contains("  11 "), "\(docs.stdout)")
        #expect(docs.stderr == "zhengce: skipped dangling.txt: symbolic link to a missing file\n", "\(docs.stderr)")
        let index = try runZhengce(["index", "--corpus", corpus.path, "--db", corpus.appendingPathComponent("z.sqlite").path, "--no-export"])
        #expect(index.stdout.contains("indexed 1,") && index.stdout.contains("failed 1"), "\(index.stdout)")
        #expect(index.stderr.contains("dangling.txt: symbolic link to a missing file"), "\(index.stderr)")
    }

    // 12. No --version; a misspelled subcommand got no suggestion.
    @Test func reproduction12VersionAndSuggestions() throws {
        let version = try runZhengce(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
        let typo = try runZhengce(["qeury", "企业"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "zhengce: unknown command 'qeury'; did you mean 'query'? (see zhengce --help)\n")
        let option = try runZhengce(["query", "企业", "--limt", "3"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("Did you mean '--limit'?"), "\(option.stderr)")
        let other = try runZhengce(["docs", "--formt", "json"])
        #expect(other.status == 64)
        #expect(other.stderr.contains("Did you mean '--format'?"), "\(other.stderr)")
    }

    // Lineage's trigram index lives in a file in the temporary folder: a folder where it cannot be made ends the run
    // with the reason and exit status 74, not a crash trace.
    @Test func aTemporaryFolderWithoutRoomIsAnErrorNotACrash() throws {
        let corpus = Fixtures.corpus.path
        let run = try runShell("TMPDIR=/nonexistent/zhengce-test $Z lineage --corpus '\(corpus)'")
        #expect(run.status == 74, "\(run.status) \(run.stderr)")
        #expect(run.stderr.contains("zhengce: lineage's temporary file: cannot make a file in /nonexistent/zhengce-test/"), "\(run.stderr)")
        #expect(run.stderr.contains("TMPDIR"))
        #expect(!run.stderr.contains("Fatal error"))
    }
}
