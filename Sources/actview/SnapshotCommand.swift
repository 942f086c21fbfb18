import ArgumentParser
import Explorer
import ExplorerRuntime
import FileOutput
import Foundation
import NeuralNet
import TermPlot

/// Renders the explorer's screen without a terminal: the same state machine
/// and views, driven by a headless driver, written as SVG, plain text or
/// ANSI text. For slides, the README's screenshots and tests.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render the explorer's screen after some training steps and keys, to SVG, text or ANSI.",
        discussion: """
            Key notation for --keys: characters stand for themselves; named keys go in angle \
            brackets: <Tab> <S-Tab> <Left> <Right> <Up> <Down> <Enter> <Esc> <Space> <Backspace> \
            <F1>…<F12>, and <lt> for a literal '<'. <steps:N> trains N more steps at that point. \
            <click:X,Y>, <dclick:X,Y>, <wheelup:X,Y> and <wheeldown:X,Y> use the mouse at cell X,Y (from 0,0 at the top left). \
            Example: --steps 300 --keys '2<steps:300>' trains ReLU, switches to Leaky ReLU and trains again.
            """)

    @OptionGroup var scene: SceneOptions

    @Option(parsing: .unconditional, help: "Training steps before the keys are pressed.")
    var steps: Int = 300

    @Option(help: "Screen size in cells, WIDTHxHEIGHT (or WIDTH×HEIGHT).")
    var size: String = "120x36"

    @Option(help: "Keys to press after training (see the notation below).")
    var keys: String = ""

    @OptionGroup var appearance: AppearanceOptions

    @OptionGroup var language: LanguageOption


    @Flag(help: "Measure and show wall-clock figures (steps/s, each activation's ns/element); off by default so snapshots are reproducible.")
    var timing = false

    @Option(help: "Output file: .svg, .txt or .ans (ANSI text).")
    var out: String

    /// Largest screen a snapshot renders, far past any real terminal.
    static let maximumSide = 1000

    func run() throws {
        let (width, height) = try Self.parseSize(size)
        let format = try Self.format(of: out)
        guard steps >= 0, steps <= 1_000_000 else {
            throw CLIError("--steps must be between 0 and 1000000 (got \(steps))")
        }
        let script: [KeyNotation.Item]
        do {
            script = try KeyNotation.parseScript(keys)
        } catch {
            throw CLIError("--keys: \(error.description)")
        }
        let resolved = try scene.resolvedScene(language: language, appearance: appearance)
        let chosenTheme = Theme.named(resolved.view.themeName) ?? .dark
        var options = SceneOptions.explorerOptions(for: resolved, appearance: appearance, showsTiming: timing)
        // The files are UTF-8 whatever the locale; only --ascii keeps Hangul out.
        if let notice = options.fallBackToEnglish(because: appearance.ascii ? .asciiOnly : nil) {
            writeStandardError("actview: \(notice)\n")
        }
        var driver = try HeadlessDriver(options: options, budget: scene.training.memory.budget)
        if timing { try driver.send(.costs(ActivationCostProbe.measure())) }
        try driver.train(steps: steps)
        // The mouse finds its panes in a screen of this size.
        try driver.send(.resize(width: width, height: height))
        try driver.play(script)
        let screen = driver.render(width: width, height: height)
        let text: String
        switch format {
        case .svg: text = screen.svg(theme: chosenTheme)
        case .plain: text = screen.plainText()
        case .ansi: text = screen.ansiText()
        }
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
    }

    enum Format { case svg, plain, ansi }

    static func format(of path: String) throws -> Format {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "svg": return .svg
        case "txt": return .plain
        case "ans": return .ansi
        default: throw CLIError("--out must end in .svg, .txt or .ans (got '\(path)')")
        }
    }

    static func parseSize(_ text: String) throws -> (Int, Int) {
        guard let (w, h) = ConfigurationParser.cellSize(text),
              (1...maximumSide).contains(w), (1...maximumSide).contains(h) else {
            throw CLIError("--size must be WIDTHxHEIGHT with each side from 1 to \(maximumSide), e.g. 120x36 (got '\(text)')")
        }
        return (w, h)
    }
}
