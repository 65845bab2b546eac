import Foundation

/// Paths to the repository's own files for tests (no `../shared` needed).
public enum Fixtures {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `Corpus/` folder of the repository.
    public static var corpus: URL { repositoryRoot.appendingPathComponent("Corpus", isDirectory: true) }

    /// A file under `Tests/Fixtures/`.
    public static func file(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The built `zhengce` executable (for end-to-end tests).
    public static var executable: URL {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
        return (bundle ?? repositoryRoot.appendingPathComponent(".build/debug")).appendingPathComponent("zhengce")
    }
}
