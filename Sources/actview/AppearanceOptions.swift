import ArgumentParser
import Terminal
import Explorer
import Foundation
import TermPlot

/// How a screen looks, spelled the same in `explore`, `snapshot` and `plot`.
struct AppearanceOptions: ParsableArguments {
    @Option(help: "Colours: auto, dark, light or mono (default: auto, which the explorer matches to the terminal's background and elsewhere means dark).")
    var theme: ThemeArgument?

    @Option(help: "Colour output: auto (off when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Draw with ASCII only: no braille, box lines or Hangul.")
    var ascii = false

    /// Whether to draw in colour here, `NO_COLOR` included.
    var wantsColor: Bool { color.wantsColor(environment: ProcessInfo.processInfo.environment) }
}
