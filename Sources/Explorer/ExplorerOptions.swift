import Activations
import Datasets
import NeuralNet
import TermPlot

/// How the explorer starts and looks; filled in by the command line.
public struct ExplorerOptions: Sendable, Equatable {
    /// The scene to open; nil for the default scene.
    public var preset: TrainingPreset?
    /// The hidden layers' activation; overrides the preset's.
    public var activation: ActivationKind?
    /// The data set; overrides the preset's.
    public var dataset: DatasetSpec?
    public var language: Language
    public var theme: Theme
    /// `--theme auto`: the shell replaces `theme` with the one matching the
    /// terminal's reported background (dark when it reports none).
    public var followsTerminalBackground = false
    /// Colours the terminal shows; below 256 shading is drawn as patterns.
    public var colorCount = 256
    /// False draws with ASCII only (`--ascii`): no braille, box drawing or blocks.
    public var unicode: Bool
    /// False drops colours (`NO_COLOR`, `--color never`); attributes remain.
    public var color: Bool
    public var seed: UInt64
    /// False hides wall-clock figures (steps/s), so headless renders of the
    /// same seed are identical from run to run.
    public var showsTiming: Bool
    /// Training pace in optimiser steps per second; nil trains as fast as the
    /// machine allows. `<` and `>` move it through `Explorer.paces`.
    public var stepsPerSecond: Double?
    /// True when the pace was asked for (`--speed`): a preset with a pace of
    /// its own (the lecture's full-batch loop) then keeps this one.
    public var keepsPace: Bool

    /// The whole configuration to train, when the command line or a scene
    /// file gave one; it wins over `preset`, `activation` and `dataset`
    /// (which then only name the scene and its banner).
    public var configuration: TrainingConfiguration?
    /// Whether a `race` preset runs its race; nil: when no activation was given.
    public var runsRace: Bool?
    /// The view a scene opens with.
    public var halfWidth: Double = 6
    public var cursorX: Double = 1
    public var highlightedLayer = 0
    public var logScaleLoss = false
    public var showsGhost = true
    /// Opens paused: nothing trains until Space (or `s`).
    public var startsPaused = false
    public var focus: Pane = .activation
    public var zoomedPane: Pane?

    /// 100 steps a second: the default spiral run lasts about 20 s, slow
    /// enough for a class to watch the loss fall.
    public static let defaultStepsPerSecond: Double = 100

    public init(preset: TrainingPreset? = nil, activation: ActivationKind? = nil, dataset: DatasetSpec? = nil,
                language: Language = .english, theme: Theme = .dark, unicode: Bool = true,
                color: Bool = true, seed: UInt64 = TrainingConfiguration.explorerSeed, showsTiming: Bool = true,
                stepsPerSecond: Double? = ExplorerOptions.defaultStepsPerSecond, keepsPace: Bool = false) {
        self.preset = preset
        self.activation = activation
        self.dataset = dataset
        self.language = language
        self.theme = theme
        self.unicode = unicode
        self.color = color
        self.seed = seed
        self.showsTiming = showsTiming
        self.stepsPerSecond = stepsPerSecond
        self.keepsPace = keepsPace
    }

    /// The options that open `scene` exactly, in `language` and `theme`
    /// unless the scene says otherwise.
    public init(scene: Scene, theme: Theme, unicode: Bool = true, color: Bool = true, showsTiming: Bool = true) {
        self.init(preset: scene.preset, activation: nil, dataset: nil, language: scene.view.language, theme: theme,
                  unicode: unicode, color: color, seed: scene.configuration.seed, showsTiming: showsTiming,
                  stepsPerSecond: scene.view.stepsPerSecond)
        keepsPace = true
        configuration = scene.configuration
        runsRace = scene.runsRace
        halfWidth = scene.view.halfWidth
        cursorX = scene.view.cursorX
        highlightedLayer = scene.view.highlightedLayer
        logScaleLoss = scene.view.logScaleLoss
        showsGhost = scene.view.showsGhost
        startsPaused = scene.view.startsPaused
        focus = scene.view.focus
        zoomedPane = scene.view.zoomedPane
    }
}
