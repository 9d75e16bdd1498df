// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "ecsim",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "ecsim", targets: ["ecsim"]),
    .library(name: "ECSSim", targets: ["ECSSim"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
  ],
  targets: [
    // The ECS model: stdlib and swift-collections only (no Foundation, no I/O).
    .target(
      name: "ECSSim",
      dependencies: [
        .product(name: "HeapModule", package: "swift-collections"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    // Files in: YAML (Yams) as located nodes, scenarios, themes and keymaps, and the built-in
    // scenarios and themes embedded from Scenarios/ and Themes/.
    .target(
      name: "ECSimIO",
      dependencies: ["ECSSim", "Dashboard", "TerminalUI", .product(name: "Yams", package: "Yams")]
    ),
    // Cells, widgets and input types for the terminal dashboard: stdlib only, so every screen is a
    // value that tests compare as text.
    .target(name: "TerminalUI"),
    // ncursesw, the only C the package sees (docs/terminal.md §1). No pkgConfig: SwiftPM would drop
    // its -D flags with a warning on every build, and the shim defines what they would have.
    .systemLibrary(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // The real terminal behind TerminalBackend: drawing grids, reading keys, restoring the tty.
    .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalUI"]),
    // UI state, the reducer, the keymap, themes as values and one view per pane: pure, so every
    // screen is a value tests compare, and the app loop is generic over the terminal backend.
    .target(name: "Dashboard", dependencies: ["ECSSim", "TerminalUI"]),
    // Starting programs for the benchmarks and the tests: run-and-capture through swift-subprocess,
    // posix_spawn where a pseudo-terminal or exact signal set-up needs it. No ecsim code in it.
    .target(
      name: "ProcessSupport",
      dependencies: [
        .product(name: "Subprocess", package: "swift-subprocess"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .executableTarget(
      name: "ecsim",
      dependencies: [
        "ECSSim", "ECSimIO", "Dashboard", "TerminalUI", "NcursesTerminal", "ProcessSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ECSSimTests",
      dependencies: [
        "ECSSim",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TerminalUITests",
      dependencies: ["TerminalUI", .product(name: "PropertyBased", package: "swift-property-based")]
    ),
    .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI", "ProcessSupport"]),
    .testTarget(name: "ECSimIOTests", dependencies: ["ECSSim", "ECSimIO", "Dashboard", "TerminalUI"]),
    .testTarget(
      name: "DashboardTests",
      dependencies: ["Dashboard", "ECSSim", "ECSimIO", "TerminalUI"],
      exclude: ["Golden"]
    ),
    .testTarget(name: "ProcessSupportTests", dependencies: ["ProcessSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["ecsim", "ProcessSupport"]),
  ]
)
