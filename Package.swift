// swift-tools-version: 6.0
import PackageDescription

// Library targets do the work; `planlint` is a thin shell over PlanlintKit so the
// reviewer web UI and the language server can reuse everything below it.
let package = Package(
    name: "planlint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "planlint", targets: ["planlint"]),
        .library(name: "PlanlintKit", targets: ["PlanlintKit"]),
        // The reviewer web service is its own product so `swift run planlint` never compiles the web stack.
        .executable(name: "planlint-server", targets: ["planlint-server"]),
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .target(name: "PlanModel"),
        // The files of rules/, compiled in (scripts/embed_rules.py), and the one reader of them.
        .target(name: "BuiltinContent"),
        .target(name: "PlanData", dependencies: ["PlanModel", "BuiltinContent", .product(name: "Yams", package: "Yams")]),
        .target(name: "VietnameseText"),
        .target(name: "Timelines", dependencies: ["PlanModel", "VietnameseText"]),
        .target(name: "LegalReferences", dependencies: ["PlanModel", "VietnameseText"]),
        .target(name: "MasterPlans", dependencies: ["PlanModel", "VietnameseText", "Timelines"]),
        .target(name: "PlanReaders", dependencies: [
            "PlanModel", "VietnameseText",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "PlanParser", dependencies: ["PlanModel", "VietnameseText", "Timelines", "LegalReferences"]),
        .target(name: "PlanRules", dependencies: [
            "PlanModel", "PlanData", "VietnameseText", "PlanReaders", "PlanParser", "LegalReferences", "MasterPlans",
            "BuiltinContent", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PlanlintKit", dependencies: [
            "BuiltinContent", "PlanModel", "PlanData", "VietnameseText", "PlanReaders", "PlanParser", "PlanRules", "Reporters", "MasterPlans",
        ]),
        .target(name: "Reporters", dependencies: ["PlanModel", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "planlint", dependencies: [
            "PlanlintKit", "PlanModel", "PlanReaders", "PlanRules", "Reporters",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "PlanlintTestSupport", path: "Sources/PlanlintTestSupport"),
        .target(name: "Spreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PlanlintServer", dependencies: [
            "PlanlintKit", "PlanModel", "PlanRules", "MasterPlans", "Reporters", "Spreadsheet",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "planlint-server", dependencies: [
            "PlanlintServer", "PlanlintKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(name: "TimelinesTests", dependencies: ["Timelines", "PlanModel"]),
        .testTarget(name: "LegalReferencesTests", dependencies: [
            "LegalReferences", "PlanModel", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "MasterPlansTests", dependencies: [
            "MasterPlans", "PlanModel", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "PlanReadersTests", dependencies: ["PlanReaders", "PlanModel", "PlanlintTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanParserTests", dependencies: ["PlanParser", "PlanReaders", "PlanModel", "PlanlintTestSupport", "VietnameseText"]),
        .testTarget(name: "PlanRulesTests", dependencies: ["PlanRules", "PlanlintKit", "PlanModel", "PlanReaders", "PlanlintTestSupport"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "PlanModel"], exclude: ["Goldens"]),
        .testTarget(name: "PlanDataTests", dependencies: [
            "PlanData", "PlanRules", "PlanlintKit", "MasterPlans", "LegalReferences", "PlanlintTestSupport",
        ]),
        .testTarget(name: "PlanlintKitTests", dependencies: [
            "PlanlintKit", "PlanData", "BuiltinContent", "PlanRules", "MasterPlans", "PlanModel", "PlanReaders", "Reporters", "VietnameseText",
            "PlanlintTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "PlanlintTestSupport"]),
        .testTarget(name: "PlanlintServerTests", dependencies: ["PlanlintServer", "PlanlintTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
