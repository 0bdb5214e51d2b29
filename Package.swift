// swift-tools-version:6.2
import PackageDescription

/// Compiler settings shared by every target of ours: Swift 6 strictness, explicit existentials, and no warnings
/// (warnings are errors in our targets only, not in dependencies).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "dsr",
    platforms: [.macOS(.v14)],  // 14: hummingbird-auth (HummingbirdBcrypt) requires it
    products: [
        .executable(name: "dsr", targets: ["dsr"]),
        .library(name: "DSRCore", targets: ["DSRCore"]),
        .library(name: "DSRStore", targets: ["DSRStore"]),
        .library(name: "DSRLetters", targets: ["DSRLetters"]),
        .library(name: "DSRNotice", targets: ["DSRNotice"]),
        .library(name: "DSRSheets", targets: ["DSRSheets"]),
        .library(name: "DSRCases", targets: ["DSRCases"]),
        .library(name: "DSRPostgres", targets: ["DSRPostgres"]),
        .library(name: "DSRServer", targets: ["DSRServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // A register on PostgreSQL (DSRPostgres): PostgresClient and its connection pool; no ORM.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // bcrypt for users' passwords (issue 18); only its HummingbirdBcrypt product is used (it builds CBcrypt alone).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        // `dsr serve`: the HTTP server (DSRServer) and its graceful shutdown.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // `swift package generate-documentation --target DSRCases` (the DocC catalog in Sources/DSRCases/DSRCases.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
    ],
    targets: [
        // Build-time tool and plugin that compile Workflows/*.yaml and letter templates into the binary.
        .executableTarget(name: "EmbedResourcesTool", path: "Sources/EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),

        .target(
            name: "DSRCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                // SHA-256 of import keys (ImportKey): three times the speed of plain Swift (docs/performance.md).
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "DSRStore",
            dependencies: [
                "DSRCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "DSRLetters",
            dependencies: [
                "DSRCore",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Templates", "Embedded"],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "DSRNotice",
            dependencies: ["DSRCore"],
            swiftSettings: strictSettings
        ),
        // Spreadsheet (.xlsx) reading and writing: keeps the ZIP and XML code out of DSRCore.
        .target(
            name: "DSRSheets",
            dependencies: ["DSRCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        // The use cases every front end calls (register, events, show/list, profile …), over storage protocols.
        .target(
            name: "DSRCases",
            dependencies: [
                "DSRCore", "DSRLetters", "DSRNotice",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // SHA-256 of API tokens and setup codes.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // A register on PostgreSQL: postgres-nio's types stay inside this module (docs/architecture.md); its schema is
        // the numbered migrations in Migrations/, compiled in by EmbedResources.
        .target(
            name: "DSRPostgres",
            dependencies: [
                "DSRCore", "DSRStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Migrations"],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),
        // The HTTP API (`dsr serve`): Hummingbird routes over the service layer only (never DSRStore).
        .target(
            name: "DSRServer",
            dependencies: [
                "DSRCore", "DSRCases", "DSRLetters",
                "DSRNotice",  // the browser interface's notice import page shows the notice's lint findings
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                // The browser interface's pages (Templates/, compiled in by EmbedResources).
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Templates"],
            swiftSettings: strictSettings,
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "dsr",
            dependencies: [
                "DSRCore", "DSRStore", "DSRLetters", "DSRNotice", "DSRCases", "DSRPostgres",
                "DSRSheets", "DSRServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Concrete generic types (`EventCommand<AcknowledgeEvent>`, the commands' option wrappers) are made by
            // their metadata accessors with their conformances in hand, not from mangled names that the runtime
            // reads at the first use: each such reading looked every conformance of the binary up to check the
            // type's requirements, about 3 ms of every command's start (docs/performance.md, "Every command's start").
            swiftSettings: strictSettings + [
                .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
            ]
        ),

        .testTarget(
            name: "DSRCoreTests", dependencies: ["DSRCore"], resources: [.copy("Fixtures")],
            swiftSettings: strictSettings),
        .testTarget(name: "DSRStoreTests", dependencies: ["DSRCore", "DSRStore"], swiftSettings: strictSettings),
        .testTarget(
            name: "DSRLettersTests", dependencies: ["DSRCore", "DSRLetters"], resources: [.copy("Snapshots")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "DSRCasesTests",
            dependencies: ["DSRCore", "DSRCases", "DSRLetters", "DSRNotice", "DSRStore", "DSRPostgres"]
                + [.product(name: "Crypto", package: "swift-crypto")],  // SHA-256 in the users' tests
            swiftSettings: strictSettings),
        .testTarget(
            name: "DSRPostgresTests",
            dependencies: ["DSRCore", "DSRPostgres", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strictSettings),
        .testTarget(name: "DSRNoticeTests", dependencies: ["DSRCore", "DSRNotice"], swiftSettings: strictSettings),
        .testTarget(
            name: "DSRSheetsTests",
            dependencies: ["DSRCore", "DSRSheets", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "DSRServerTests",
            dependencies: [
                "DSRCore", "DSRCases", "DSRStore", "DSRServer",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "dsrTests",
            dependencies: ["DSRCore", "DSRStore", "DSRLetters", "DSRNotice", "dsr"]
                + [.product(name: "Crypto", package: "swift-crypto")],  // SHA-256 in the users' tests
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
