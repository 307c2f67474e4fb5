// swift-tools-version: 6.0
import PackageDescription

// Library targets do the work; `planlint` is a thin shell over PlanlintKit so the
// reviewer web UI and the language server can reuse everything below it.
let package = Package(
    name: "planlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planlint", targets: ["planlint"]),
        .library(name: "PlanlintKit", targets: ["PlanlintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
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
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PlanParser", dependencies: ["PlanModel", "VietnameseText", "Timelines", "LegalReferences"]),
        .target(name: "PlanRules", dependencies: [
            "PlanModel", "PlanData", "VietnameseText", "PlanReaders", "PlanParser", "Timelines", "LegalReferences", "MasterPlans",
            "BuiltinContent", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PlanlintKit", dependencies: [
            "BuiltinContent", "PlanModel", "PlanData", "VietnameseText", "PlanReaders", "PlanParser", "PlanRules", "Reporters", "Timelines", "MasterPlans",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Reporters", dependencies: ["PlanModel", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "planlint", dependencies: [
            "PlanlintKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "PlanlintTestSupport", path: "Sources/PlanlintTestSupport"),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(name: "TimelinesTests", dependencies: ["Timelines", "PlanModel"]),
        .testTarget(name: "LegalReferencesTests", dependencies: [
            "LegalReferences", "PlanModel", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "MasterPlansTests", dependencies: [
            "MasterPlans", "PlanModel", "PlanlintTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "PlanReadersTests", dependencies: ["PlanReaders", "PlanModel", "PlanlintTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanParserTests", dependencies: ["PlanParser", "PlanReaders", "PlanModel", "PlanlintTestSupport", "VietnameseText"]),
        .testTarget(name: "PlanRulesTests", dependencies: ["PlanRules", "PlanlintKit", "PlanModel", "PlanlintTestSupport"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "PlanModel"], exclude: ["Goldens"]),
        .testTarget(name: "PlanDataTests", dependencies: [
            "PlanData", "PlanModel", "PlanRules", "PlanlintKit", "MasterPlans", "LegalReferences", "PlanlintTestSupport",
        ]),
        .testTarget(name: "PlanlintKitTests", dependencies: [
            "PlanlintKit", "BuiltinContent", "PlanRules", "MasterPlans", "PlanModel", "PlanlintTestSupport", .product(name: "Yams", package: "Yams"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
