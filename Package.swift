// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The fast kernels are compiled for the host's SIMD (FMA, AVX2): without
// `-target-cpu native` Swift lowers SIMD `addProduct` to one libm call per
// lane. `ACTVIEW_PORTABLE=1 swift build` builds for the x86-64 baseline.
let portable = ProcessInfo.processInfo.environment["ACTVIEW_PORTABLE"].map { !$0.isEmpty && $0 != "0" } ?? false
//
// Debug builds compile file by file, and then a kernel loop cannot inline
// the generic SIMD helpers of another file: it calls them through the
// runtime, hundreds of times slower. The kernels are therefore compiled as
// one whole module in every configuration (one object per file still, as
// the build system expects).
let wholeModule: SwiftSetting = .unsafeFlags(["-wmo", "-disable-batch-mode", "-num-threads", "2"],
                                             .when(configuration: .debug))
#if arch(x86_64)
let kernelFlags: [SwiftSetting] = portable
    ? [.unsafeFlags(["-Ounchecked"]), .define("ACTVIEW_PORTABLE"), wholeModule]
    : [.unsafeFlags(["-Ounchecked", "-target-cpu", "native"]), wholeModule]
#else
let kernelFlags: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"]), wholeModule]
#endif

let package = Package(
    name: "actview",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "actview", targets: ["actview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        // Lesson files are YAML; Yams gives every node its line, for errors.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // Pure maths: the activation catalogue, f and f′, generic over Float and Double.
        .target(
            name: "Activations",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        // Pure rendering into a cell buffer, plus the keys and the protocol a
        // terminal backend speaks; no terminal code.
        .target(name: "TermPlot"),
        // The plain reference product and activation passes the fast kernels are
        // tested against, built with the ordinary flags so bounds stay checked.
        .target(name: "KernelReference", dependencies: ["Activations"]),
        // Float32 matrix products and activation passes, fast; re-exports the reference.
        .target(name: "Kernels", dependencies: ["Activations", "KernelReference"], swiftSettings: kernelFlags),
        // zlib, for gzip'd MNIST files and the bundled digits set.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Data sets: the loaders and readers (IDX, CSV, gzip), the train/test
        // split, the seeded 2-D generators and the bundled 8×8 digits.
        .target(
            name: "Datasets",
            dependencies: ["CZlib", .product(name: "RealModule", package: "swift-numerics")],
            resources: [.copy("Resources/digits.csv.gz"), .copy("Resources/DIGITS-LICENSE.txt")]
        ),
        // The trainer: MLP, initialisers, optimisers, diagnostics, a steppable session.
        .target(
            name: "NeuralNet",
            dependencies: ["Activations", "Kernels", "Datasets", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // Code export: the network, data and training of a configuration as a
        // PyTorch or Keras script. Pure text generation.
        .target(name: "Export", dependencies: ["Activations", "Datasets", "NeuralNet", "CZlib"]),
        // The lecture's claims as seeded experiments, each with its measured
        // figures and a verdict computed from them by a stated rule.
        .target(name: "Claims", dependencies: ["Activations", "Datasets", "NeuralNet", "Kernels"]),
        // The explorer as a pure state machine: update(event), view into a Screen.
        .target(name: "Explorer", dependencies: ["Activations", "TermPlot", "Datasets", "NeuralNet", "Export"]),
        // Lessons: YAML lesson files read once into typed steps (scenes
        // through the ConfigurationParser), and the built-in lecture.
        .target(
            name: "Lessons",
            dependencies: ["Explorer", "NeuralNet", "Datasets", "Activations", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/lecture.yaml")]
        ),
        // ncursesw, wide-character API.
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Atomic file writes and timestamped names; no terminal code, so the
        // headless `snapshot` saves with it too.
        .target(name: "FileOutput"),
        // The process's signal handlers, in C so that they do only
        // async-signal-safe things: restore the terminal and end with
        // 128 + n, relay to the explorer's loop, or defer to a command.
        .target(name: "CSignalGuard"),
        // The only code that talks to curses: setup, painting the changed
        // cells, key decoding, colours, the explorer's signals. A `TerminalBackend`.
        .target(name: "Terminal", dependencies: ["CNCursesW", "CSignalGuard", "TermPlot"]),
        // The live explorer: the event loop on any `TerminalBackend`, the
        // training thread, the cost probe, exports. No curses.
        .target(
            name: "ExplorerRuntime",
            dependencies: ["Explorer", "TermPlot", "Datasets", "NeuralNet", "Activations", "Kernels", "FileOutput"]
        ),
        .executableTarget(
            name: "actview",
            dependencies: [
                "Activations", "TermPlot", "Kernels", "Datasets", "NeuralNet", "Explorer", "Terminal", "ExplorerRuntime",
                "FileOutput", "CSignalGuard", "Export", "Claims", "Lessons",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The golden-file helper the screen and chart tests share.
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        .testTarget(name: "ActivationsTests", dependencies: ["Activations"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TermPlotTests", dependencies: ["TermPlot", "Activations", "GoldenFiles"], resources: [.copy("Golden")]),
        .testTarget(name: "KernelsTests", dependencies: ["Kernels", "Activations"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Datasets", "Activations", "Kernels"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "NeuralNet", "Datasets", "Activations"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "NeuralNet", "Datasets", "Activations"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "ExplorerRuntime", "GoldenFiles", "TermPlot", "Datasets", "NeuralNet"], resources: [.copy("Golden")]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Explorer", "NeuralNet"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "TermPlot", "CNCursesW", "CSignalGuard"]),
        // The live loop on a scripted terminal: keys in, frames out, no tmux.
        .testTarget(name: "ExplorerRuntimeTests", dependencies: ["ExplorerRuntime", "Explorer", "TermPlot", "Activations"]),
        // Drives the built `actview` binary: CLI errors, tmux end-to-end runs.
        .testTarget(name: "ActviewTests", dependencies: ["actview"]),
    ],
    swiftLanguageModes: [.v6]
)
