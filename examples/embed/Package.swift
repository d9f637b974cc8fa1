// swift-tools-version:6.0
// deal-report: a small tool built on the Quiver library (by relative path), printing every Deal
// of the article graph as a Markdown report or as JSON.
import PackageDescription

let package = Package(
    name: "QuiverEmbedExample",
    dependencies: [
        // The name makes the package identity independent of the folder the checkout lives in.
        .package(name: "Quiver", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "deal-report",
            dependencies: [.product(name: "Quiver", package: "Quiver")],
            path: "Sources/deal-report"
        ),
    ]
)
