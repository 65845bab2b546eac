import Foundation
import ZhengceText

/// Puts a set of export files (or folders of parts) in place together. Every file or folder is
/// first written under a temporary name (`.NAME.PID.tmp`); then a journal (`.zhengce-export.switch`)
/// lists the renames (and the old files or folders to remove), the renames are made and the
/// journal is removed. A folder being replaced is first moved aside (`.NAME.old.PID.tmp`) and
/// removed after the new one is in place. A run killed before the journal leaves the old
/// files and stale temporaries (removed by the next run); a run killed during the renames leaves
/// the journal, and the next run (`recover`) finishes the switch, so readers never keep a mix of
/// old and new files past the next run.
public enum ExportSwitch {
    /// The journal's file name inside the output folder.
    public static let journalName = ".zhengce-export.switch"

    /// Writes `files` (name → bytes) into `folder` as one switch; returns their URLs in order.
    @discardableResult
    public static func write(_ files: [(name: String, data: Data)], into folder: URL) throws -> [URL] {
        try write(files.map(\.name), into: folder) { index, temporary in
            do { try files[index].data.write(to: temporary) } catch {
                throw ExportError.unwritable(path: folder.appendingPathComponent(files[index].name).path,
                                             reason: SystemReason.of(error))
            }
        }
    }

    /// Writes the files `names` into `folder` as one switch: `produce(i, temporary)` writes file
    /// (or folder) `i` at `temporary` (streamed, in any way); only when every one is produced are
    /// they switched in, and the files or folders named in `removing` (if present) are removed in
    /// the same switch. Returns the targets' URLs in order.
    @discardableResult
    public static func write(_ names: [String], into folder: URL, removing: [String] = [],
                             produce: (_ index: Int, _ temporary: URL) throws -> Void) throws -> [URL] {
        try write(names, into: folder, removing: removing) { (temporaries: [URL]) in
            for (index, temporary) in temporaries.enumerated() { try produce(index, temporary) }
        }
    }

    /// As `write(_:into:removing:produce:)`, with every file (or folder) produced by one call that is
    /// given all the temporary paths (in the order of `names`), so it may write them in any order or
    /// at once.
    @discardableResult
    public static func write(_ names: [String], into folder: URL, removing: [String] = [],
                             produceAll: (_ temporaries: [URL]) throws -> Void) throws -> [URL] {
        try recover(folder)
        let pid = ProcessInfo.processInfo.processIdentifier
        let renames: [(temporary: URL, target: URL)] = names.map { name in
            (folder.appendingPathComponent(".\(name).\(pid).tmp"), folder.appendingPathComponent(name))
        }
        do {
            try produceAll(renames.map(\.temporary))
            let stale = removing.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            let journal = renames.map { $0.temporary.lastPathComponent + "\t" + $0.target.lastPathComponent + "\n" }.joined()
                + stale.map { removal + "\t" + $0 + "\n" }.joined()
            let journalTemporary = folder.appendingPathComponent("\(journalName).\(pid).tmp")
            do { try Data(journal.utf8).write(to: journalTemporary) } catch {
                throw ExportError.unwritable(path: journalTemporary.path, reason: SystemReason.of(error))
            }
            try move(journalTemporary, to: folder.appendingPathComponent(journalName))
        } catch {
            for rename in renames { try? FileManager.default.removeItem(at: rename.temporary) }
            throw error
        }
        try finish(folder)
        return renames.map(\.target)
    }

    /// A scratch file's URL in `folder` for this run (`.NAME.PID.tmp`), removed by `recover` once
    /// the run is no longer alive.
    public static func scratchFile(_ name: String, in folder: URL) -> URL {
        folder.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Finishes a switch a killed run left half done, and removes temporary files of runs that
    /// are no longer alive.
    public static func recover(_ folder: URL) throws {
        try finish(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".zhengce") && name.hasSuffix(".tmp") {   // ours only
            let parts = name.dropLast(4).split(separator: ".")
            guard let pid = parts.last.flatMap({ Int32($0) }), !isAlive(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The journal's first column for a file or folder to remove rather than replace.
    private static let removal = "-"

    /// Makes the renames and removals the journal lists (those not yet made) and removes the journal.
    private static func finish(_ folder: URL) throws {
        let journal = folder.appendingPathComponent(journalName)
        guard let data = FileManager.default.contents(atPath: journal.path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, !parts[0].contains("/"), !parts[1].contains("/"), parts[1].first != "." else { continue }
            let target = folder.appendingPathComponent(String(parts[1]))
            if parts[0] == removal {
                try moveAsideAndRemove(target, in: folder)
                continue
            }
            let temporary = folder.appendingPathComponent(String(parts[0]))
            if FileManager.default.fileExists(atPath: temporary.path) {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
                    try moveAsideAndRemove(target, in: folder)
                }
                try move(temporary, to: target)
            }
        }
        guard unlink(journal.path) == 0 || errno == ENOENT else {
            throw ExportError.unwritable(path: journal.path, reason: SystemReason.text(errno))
        }
    }

    /// Renames `target` (a file or folder, if present) to a scratch name and removes it; a run killed
    /// in between leaves the scratch name, which `recover` removes.
    private static func moveAsideAndRemove(_ target: URL, in folder: URL) throws {
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        let aside = scratchFile(target.lastPathComponent + ".old", in: folder)
        try move(target, to: aside)
        try? FileManager.default.removeItem(at: aside)
    }

    private static func move(_ from: URL, to target: URL) throws {
        guard rename(from.path, target.path) == 0 else {
            throw ExportError.unwritable(path: target.path, reason: SystemReason.text(errno))
        }
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
