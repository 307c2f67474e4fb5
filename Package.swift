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
        .target(name: "VietnameseText"),
        .target(name: "PlanReaders", dependencies: [
            "PlanModel", "VietnameseText",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Yams", package: "Yams"),
        ], exclude: ["Docx"]),
        .target(name: "PlanParser", dependencies: ["PlanModel", "VietnameseText"], exclude: ["Tables"]),
        .target(name: "PlanRules", dependencies: [
            "PlanModel", "VietnameseText",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PlanlintKit", dependencies: [
            "PlanModel", "VietnameseText", "PlanReaders", "PlanParser", "PlanRules",
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "planlint", dependencies: [
            "PlanlintKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "PlanlintTestSupport", path: "Sources/PlanlintTestSupport"),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(name: "PlanReadersTests", dependencies: ["PlanReaders", "PlanModel", "PlanlintTestSupport"]),
        .testTarget(name: "PlanParserTests", dependencies: ["PlanParser", "PlanReaders", "PlanModel", "PlanlintTestSupport", "VietnameseText"]),
        .testTarget(name: "PlanRulesTests", dependencies: ["PlanRules", "PlanlintKit", "PlanModel", "PlanlintTestSupport"]),
        .testTarget(name: "PlanlintKitTests", dependencies: ["PlanlintKit", "PlanModel", "PlanlintTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
