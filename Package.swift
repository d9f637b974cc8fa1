// swift-tools-version:6.0
// Quiver: an openCypher interpreter with a bytecode VM over an in-memory property graph.
import PackageDescription

let package = Package(
    name: "Quiver",
    // macOS 15: the Synchronization module (atomics for the cancel flag and graph generation).
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Quiver", targets: ["Quiver"]),
        .executable(name: "quiver", targets: ["quiver"]),
        .executable(name: "quiver-tck", targets: ["quiver-tck"]),
        .executable(name: "quiver-bench", targets: ["quiver-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: Core library
        // Syntax: tokens, lexer, parser, AST, diagnostics. No dependency on the engine.
        .target(name: "QuiverSyntax", path: "Sources/QuiverSyntax"),
        // Engine: compiler, VM, graph store, public API, output formats.
        .target(
            name: "Quiver",
            dependencies: ["QuiverSyntax"],
            path: "Sources/Quiver",
            resources: [.copy("Resources/articles.cypher")]
        ),

        // MARK: Command line
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "quiver",
            dependencies: [
                "Quiver", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/quiver"
        ),

        // MARK: Tests
        .testTarget(name: "QuiverTests", dependencies: ["Quiver"], path: "Tests/QuiverTests"),
        .testTarget(name: "CLITests", dependencies: ["Quiver", "quiver"], path: "Tests/CLITests"),

        // MARK: openCypher TCK runner
        .target(name: "QuiverTCK", dependencies: ["Quiver", "QuiverSyntax"], path: "Sources/QuiverTCK"),
        .executableTarget(name: "quiver-tck", dependencies: ["QuiverTCK"], path: "Sources/quiver-tck"),
        .testTarget(name: "QuiverTCKTests", dependencies: ["QuiverTCK"], path: "Tests/QuiverTCKTests"),

        // MARK: Benchmark runner (the peer benchmark of /work/shared/bench)
        .executableTarget(name: "quiver-bench", dependencies: ["Quiver"], path: "Benchmarks/quiver-bench"),
    ]
)
