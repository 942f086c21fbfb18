import ArgumentParser
import Explorer
import ExplorerRuntime
import FileOutput
import Foundation
import TermPlot
import Terminal

/// The interactive explorer, what a bare `actview` runs.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default)."
    )

    @OptionGroup var scene: SceneOptions

    @OptionGroup var appearance: AppearanceOptions

    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.")
    var noMouse = false

    @Flag(name: .customLong("print-command"), help: "Print the one-line command that opens this scene, and exit.")
    var printCommand = false

    @Option(name: .customLong("save-scene"), help: ArgumentHelp(
        "Write this scene to a new file (as the w key does), and exit; an existing file is never overwritten.",
        valueName: "file.json"))
    var saveScene: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let resolved = try scene.resolvedScene(language: language, appearance: appearance)
        // The scene's options are checked before it is printed, saved or shown.
        let options = SceneOptions.explorerOptions(for: resolved, appearance: appearance)
        _ = try Explorer(options: options)
        if printCommand {
            print(resolved.command)
            return
        }
        if let saveScene {
            try AtomicFile.write(try resolved.fileData(), to: URL(fileURLWithPath: saveScene), overwrite: false)
            return
        }
        do {
            try ExplorerShell.run(options: options, budget: scene.training.memory.budget, locale: LanguageOption.localeName,
                                  exitAfterFirstFrame: environment["ACTVIEW_EXIT_AFTER_FIRST_FRAME"] == "1",
                                  crashAfterFirstFrame: environment["ACTVIEW_TEST_CRASH"] == "first-frame",
                                  openTerminal: { color in
                                      try CursesTerminal(color: color, mouse: !noMouse,
                                                         asksBackground: options.followsTerminalBackground)
                                  })
        } catch let error as ExplorerShell.Interrupted {
            throw ExitCode(error.status)
        }
    }
}
