// swift-tools-version:6.1
import PackageDescription

/// zhengce: Chinese policy documents into structured, linked, searchable data.
/// One library target per stage; dependencies run one way (see ARCHITECTURE.md).
let package = Package(
    name: "zhengce",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhengce", targets: ["zhengce"]),
        .library(name: "ZhengceText", targets: ["ZhengceText"]),
        .library(name: "ZhengceDocument", targets: ["ZhengceDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        .target(
            name: "CICU",
            cSettings: [.define("U_SHOW_CPLUSPLUS_API", to: "0")],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "ZhengceText",
            dependencies: ["CICU"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ZhengceDocument",
            dependencies: ["ZhengceText", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ZhengceDepartments",
            dependencies: ["ZhengceText", "ZhengceDocument", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ZhengceStore",
            dependencies: [
                "ZhengceText", "ZhengceDocument",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "ZhengceLineage", dependencies: ["ZhengceText", "ZhengceDocument"]),
        .target(name: "ZhengceDiff", dependencies: ["ZhengceText", "ZhengceDocument"]),
        .target(name: "ZhengceExport", dependencies: ["ZhengceText", "ZhengceDocument", "ZhengceLineage"]),
        .target(
            name: "ZhengceSession",
            dependencies: ["ZhengceText", "ZhengceDocument", "ZhengceDepartments", "ZhengceStore", "ZhengceLineage", "ZhengceExport"]
        ),
        .target(
            name: "ZhengceServe",
            dependencies: [
                "ZhengceText", "ZhengceDocument", "ZhengceDepartments", "ZhengceStore",
                "ZhengceLineage", "ZhengceDiff", "ZhengceSession",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .target(
            name: "ZhengceCLI",
            dependencies: [
                "ZhengceText", "ZhengceDocument", "ZhengceDepartments", "ZhengceStore",
                "ZhengceLineage", "ZhengceDiff", "ZhengceExport", "ZhengceSession", "ZhengceServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "zhengce", dependencies: ["ZhengceCLI"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ZhengceTextTests", dependencies: ["ZhengceText", "CICU", "TestSupport"]),
        .testTarget(name: "ZhengceDocumentTests", dependencies: ["ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceDepartmentsTests", dependencies: ["ZhengceDepartments", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceStoreTests", dependencies: ["ZhengceStore", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceLineageTests", dependencies: ["ZhengceLineage", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceDiffTests", dependencies: ["ZhengceDiff", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceExportTests", dependencies: ["ZhengceExport", "ZhengceLineage", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceSessionTests", dependencies: ["ZhengceSession", "ZhengceStore", "ZhengceExport", "ZhengceDocument", "TestSupport"]),
        .testTarget(name: "ZhengceCLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "ZhengceServeTests", dependencies: ["ZhengceServe", "ZhengceSession", "TestSupport"]),
    ]
)
