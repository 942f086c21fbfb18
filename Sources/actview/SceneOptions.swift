import ArgumentParser
import Activations
import Datasets
import Explorer
import Foundation
import NeuralNet
import TermPlot

/// What the explorer shows: shared by `explore` (live) and `snapshot`
/// (headless), so the two accept the same scene with the same words. Every
/// part of a scene is an option here, which is what lets `W` and
/// `--print-command` write a scene as one command line.
struct SceneOptions: ParsableArguments {
    @OptionGroup var training: TrainingOptions

    @Option(help: "The hidden layers' activation: one name, or one per layer (relu,tanh), as 'actview list' names them.")
    var activation: String?

    @Option(help: ArgumentHelp("Open a scene file saved with the w key (other options given here override it).",
                               valueName: "file.json"))
    var scene: String?

    @Option(parsing: .unconditional, help: "Training pace: steps per second, or max for as fast as the machine allows (default: 100; < and > change it).")
    var speed: String?

    @Option(name: .customLong("x-range"), help: ArgumentHelp("The activation plot shows x from -N to N (default 6; [ and ] change it).", valueName: "N"))
    var xRange: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Where the plot's x cursor starts (default 1).", valueName: "X"))
    var cursor: Double?

    @Option(help: ArgumentHelp("The highlighted hidden layer, from 1 (h and l change it).", valueName: "N"))
    var layer: Int?

    @Flag(inversion: .prefixedNo, help: "Loss chart on a log scale (L toggles it).")
    var logLoss: Bool?

    @Flag(inversion: .prefixedNo, help: "The previous run's ghost on the loss chart (g toggles it).")
    var ghost: Bool?

    @Flag(help: "Open paused: nothing trains until Space (or s for one step).")
    var paused = false

    @Option(help: ArgumentHelp("The focused pane (Tab moves it; default activation).", valueName: "pane"))
    var focus: Pane?

    @Option(help: ArgumentHelp("Open with this pane full-screen (z and Esc leave it).", valueName: "pane"))
    var zoom: Pane?

    /// The scene these options describe: the scene file's or the preset's
    /// (or the opening scene), then every option given on top.
    func resolvedScene(language: LanguageOption, appearance: AppearanceOptions) throws -> Scene {
        var scene: Scene
        if let path = self.scene {
            if training.preset != nil { throw CLIError("give --scene or --preset, not both") }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CLIError("--scene: cannot read '\(path)': \((error as NSError).localizedDescription)")
            }
            scene = try Scene.read(data, source: path)
        } else {
            var base = training.preset?.configuration ?? .explorerDefault
            base.seed = TrainingConfiguration.explorerSeed
            scene = Scene(configuration: base, preset: training.preset,
                          runsRace: training.preset?.raceRates != nil && activation == nil)
            if let preset = training.preset { scene.view.stepsPerSecond = preset.stepsPerSecond }
            scene.view.language = language.resolved
        }
        scene.configuration = try training.configuration(activations: activation, base: scene.configuration)
        if activation != nil { scene.runsRace = false }
        if let speed { scene.view.stepsPerSecond = try Self.pace(named: speed) }
        if let xRange {
            guard SceneView.halfWidthRange.contains(xRange) else {
                throw CLIError("--x-range must be from \(SceneView.halfWidthRange.lowerBound) to \(SceneView.halfWidthRange.upperBound) (got \(xRange))")
            }
            scene.view.halfWidth = xRange
        }
        if let cursor {
            guard cursor.isFinite else { throw CLIError("--cursor must be a finite number") }
            scene.view.cursorX = cursor
        }
        scene.view.cursorX = min(max(scene.view.cursorX, -scene.view.halfWidth), scene.view.halfWidth)
        if let layer {
            let count = scene.configuration.hiddenLayers.count
            guard (1...count).contains(layer) else { throw CLIError("--layer must be from 1 to \(count) (got \(layer))") }
            scene.view.highlightedLayer = layer - 1
        } else {
            scene.view.highlightedLayer = min(scene.view.highlightedLayer, scene.configuration.hiddenLayers.count - 1)
        }
        if let logLoss { scene.view.logScaleLoss = logLoss }
        if let ghost { scene.view.showsGhost = ghost }
        if paused { scene.view.startsPaused = true }
        if let focus { scene.view.focus = focus }
        if let zoom {
            // The zoomed pane is the focused one, as z makes it.
            scene.view.zoomedPane = zoom
            scene.view.focus = focus ?? zoom
        }
        if let theme = appearance.theme { scene.view.themeName = theme.sceneName }
        if let lang = language.lang { scene.view.language = lang }
        return scene
    }

    /// The explorer's options for `scene`, drawn as `appearance` says.
    static func explorerOptions(for scene: Scene, appearance: AppearanceOptions, showsTiming: Bool = true) -> ExplorerOptions {
        var options = ExplorerOptions(scene: scene, theme: Theme.named(scene.view.themeName) ?? .dark, unicode: !appearance.ascii,
                                      color: appearance.wantsColor, showsTiming: showsTiming)
        options.followsTerminalBackground = scene.view.themeName == Theme.automaticName
        return options
    }

    /// `--speed`: steps per second, or nil for `max`; else the one-line error.
    static func pace(named text: String) throws -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "max" { return nil }
        guard let rate = Double(trimmed), rate.isFinite, rate > 0 else {
            throw CLIError("unknown --speed '\(EvalCommand.printable(text))'; use steps per second (e.g. 30) or max")
        }
        return rate
    }
}
