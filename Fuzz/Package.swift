// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for planlint's input readers. Built only by scripts/fuzz.sh, which
// passes `-sanitize=fuzzer,address` to every module (the library included), so that the
// whole reading path is instrumented; libFuzzer supplies `main`.
let targets = ["FuzzTextPlan", "FuzzTimeline", "FuzzLegalReferences", "FuzzRuleLoader",
               "FuzzConfiguration", "FuzzBaseline", "FuzzDocx"]

let package = Package(
    name: "planlint-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "planlint", path: "..")],
    targets: [
        .target(name: "CFuzzDriver", path: "Support/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"], path: "Support/FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "PlanlintKit", package: "planlint")],
            path: "Targets/\(name)",
            swiftSettings: [])
    },
    swiftLanguageModes: [.v6]
)
