import Datasets
import Activations
import NeuralNet
import TermPlot

/// The explorer as a value: state, `update(event) -> [Effect]`, and a pure
/// `view(width:height:)`. The shell owns the terminal and the trainer thread;
/// everything here can be driven and checked in tests as plain text.
public struct Explorer: Sendable {
    public internal(set) var options: ExplorerOptions
    /// The scene loaded last (`--preset` or `P`); nil for the default scene.
    public internal(set) var preset: TrainingPreset?
    /// What the current run trains with; every (re)start sends exactly this.
    public internal(set) var configuration: TrainingConfiguration
    /// The hidden layers' activation (the one the keys switch).
    public internal(set) var activation: ActivationKind
    /// The latest snapshot of the current run, if one has arrived.
    public internal(set) var snapshot: TrainingSnapshot?
    public internal(set) var isFinished = false
    public internal(set) var isPaused = false
    /// Measured ns/element per activation, sent by the shell.
    public internal(set) var costs: [ActivationKind: Double] = [:]
    /// Training pace in optimiser steps per second; nil is flat out.
    public internal(set) var stepsPerSecond: Double?
    /// True once the pace was chosen (`--speed`, `<`, `>`): from then on a
    /// preset with a pace of its own does not change it.
    var paceIsChosen: Bool
    /// The run on screen: only its snapshots are taken.
    public internal(set) var run = RunID(1)

    /// Epochs marked with `m` on the current run's loss curve, in order.
    var marks: [Double] = []
    /// The scene the explorer opened with, for `0`.
    var openingScene: Scene?
    /// The checkpoints the runner keeps for a run (`b`, `B`).
    var checkpoints = CheckpointState()
    /// The lesson being taught, when the explorer runs one.
    var lesson: LessonProgress?
    var ghost: Ghost?
    var showsGhost = true
    var logScaleLoss = false
    /// The activation plot's x range is `-halfWidth...halfWidth`.
    var halfWidth: Double = 6
    var cursorX: Double = 1
    var highlightedLayer = 0
    /// The unit the network pane highlights in `highlightedLayer`.
    var highlightedUnit = 0
    /// The network pane shows the highlighted tile large (Enter).
    var enlargesTile = false
    /// The data pane draws the arg-max class only, without confidence (`v`).
    var discretisesMap = false
    /// The data pane draws the test points (`V`).
    var showsTestPoints = true
    /// The pane the arrows and `z` act on; its frame is highlighted.
    var focus: Pane = .activation
    /// The pane shown full-screen (`z`), if any.
    var zoomedPane: Pane?
    /// The terminal's size as last reported, for the mouse and list pages.
    var screenSize: (width: Int, height: Int)?
    var overlay: Overlay?
    var notice: Notice?
    var race: Race?
    /// The current run's first evaluation, before any step: what a
    /// divergence is explained from.
    var start: TrainingSnapshot?
    /// The latest baseline measured (`Effect.measureBaseline`).
    var baseline: Baseline?

    struct Baseline: Hashable, Sendable {
        var configuration: TrainingConfiguration
        var result: TrainingSnapshot
    }
    /// The configuration of the run on screen, to label its ghost.
    var lastStartedConfiguration: TrainingConfiguration

    struct Notice: Hashable, Sendable {
        var text: String
        var secondsLeft: Double
    }

    static let noticeSeconds: Double = 4
    static let learningRateFactor: Double = 2
    /// `+` and `-` keep the rate within these.
    static let learningRateBounds: ClosedRange<Double> = 1e-6...100
    /// The paces `<` and `>` step through, slowest first; nil is flat out.
    static let paces: [Double?] = [10, 30, 100, 300, nil]
    static let initializers: [WeightInitializer] = [
        .automatic, .glorotUniform, .glorotNormal, .heUniform, .heNormal, .lecunNormal, .zeros,
    ]

    public init(options: ExplorerOptions) throws {
        self.options = options
        if let rate = options.stepsPerSecond, !(rate.isFinite && rate > 0) {
            throw ExplorerError("the training pace must be a positive number of steps per second, not \(rate)")
        }
        stepsPerSecond = options.stepsPerSecond
        paceIsChosen = options.keepsPace
        preset = options.preset
        if let preset, !paceIsChosen { stepsPerSecond = preset.stepsPerSecond }
        var configuration: TrainingConfiguration
        if let given = options.configuration {
            configuration = given
        } else {
            configuration = Explorer.configuration(for: preset)
            configuration.seed = options.seed
            if let dataset = options.dataset { configuration.dataset = dataset }
            if let kind = options.activation { configuration.setActivation(LayerActivation(kind)) }
        }
        let activation = configuration.primaryActivation
        self.configuration = configuration
        self.activation = activation
        self.lastStartedConfiguration = configuration
        guard SceneView.halfWidthRange.contains(options.halfWidth), options.cursorX.isFinite else {
            throw ExplorerError("the plot's x range must be from ±\(SceneView.halfWidthRange.lowerBound) to ±\(SceneView.halfWidthRange.upperBound), with the cursor inside it")
        }
        guard !configuration.hiddenLayers.isEmpty else {
            // Every pane but the loss follows a hidden layer.
            throw ExplorerError("the explorer shows hidden layers and this net has none; train it with `actview train --hidden 0`")
        }
        guard configuration.hiddenLayers.indices.contains(options.highlightedLayer) else {
            throw ExplorerError("layer \(options.highlightedLayer + 1) is not a hidden layer (1…\(configuration.hiddenLayers.count))")
        }
        halfWidth = options.halfWidth
        cursorX = min(max(options.cursorX, -halfWidth), halfWidth)
        highlightedLayer = options.highlightedLayer
        focus = options.focus
        zoomedPane = options.zoomedPane
        logScaleLoss = options.logScaleLoss
        showsGhost = options.showsGhost
        isPaused = options.startsPaused
        if preset?.raceRates != nil, options.runsRace ?? (options.activation == nil) {
            startRace()
            lastStartedConfiguration = self.configuration
        }
        openingScene = scene
    }

    /// Training starts as soon as the explorer opens, at the chosen pace,
    /// unless it opens paused.
    public var startupEffects: [Effect] {
        [.startTraining(configuration, run: run), .setPace(stepsPerSecond: stepsPerSecond)]
            + (options.startsPaused ? [.pauseTraining] : [])
            + (baselineRequest.map { [Effect.measureBaseline($0)] } ?? [])
    }


    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .mouse(let mouse):
            return handle(mouse)
        case .resize(let width, let height):
            screenSize = (width, height)
            return []
        case .training(let snapshot):
            defer { lessonReceived() }
            return receive(snapshot)
        case .tick(let seconds):
            if var n = notice {
                n.secondsLeft -= seconds
                notice = n.secondsLeft > 0 ? n : nil
            }
            return []
        case .notice(let text):
            show(text)
            return []
        case .costs(let measured):
            costs.merge(measured) { _, new in new }
            return []
        case .baseline(let configuration, let result):
            baseline = Baseline(configuration: configuration, result: result)
            return []
        case .checkpoints(let run, let steps):
            checkpoints.update(run: run, steps: steps)
            return []
        case .claimMeasured(let name, let measurement):
            lesson?.measurements[name] = measurement
            return []
        }
    }

    /// What is on screen as a scene: saved by `w`, reopened by
    /// `explore --scene`, printed as a command by `W`.
    public var scene: Scene {
        var view = SceneView()
        view.stepsPerSecond = stepsPerSecond
        view.halfWidth = halfWidth
        view.cursorX = cursorX
        view.highlightedLayer = highlightedLayer
        view.logScaleLoss = logScaleLoss
        view.showsGhost = showsGhost
        view.startsPaused = isPaused
        // A theme matched to the terminal stays "auto": the scene reopens
        // in whatever terminal it is handed to.
        view.themeName = options.followsTerminalBackground ? Theme.automaticName : options.theme.name
        view.language = options.language
        view.focus = focus
        view.zoomedPane = zoomedPane
        // A race is saved as its start: the scene reopens it from the first runner.
        var saved = configuration
        if let first = race?.runners.first {
            saved.setActivation(LayerActivation(first.kind))
            saved.learningRate = first.learningRate
        }
        return Scene(configuration: saved, preset: preset, runsRace: race != nil, view: view)
    }

    /// The current run's evaluations and, in a race, the finished runners',
    /// as CSV with a header row, for `e`.
    public func metricsCSV() -> String {
        // A regression run has RMSE and R² where a classification run has accuracy.
        let regression = configuration.task == .regression
        var lines = ["run,activation,step,epoch,seconds,train_loss,test_loss,"
                     + (regression ? "train_rmse,test_rmse,train_r2,test_r2" : "train_accuracy,test_accuracy")]
        func append(_ run: Int, _ name: String, _ history: [EvaluationRecord]) {
            for r in history {
                let metrics = regression ? [r.trainRMSE, r.testRMSE, r.trainR2, r.testR2].map { csv($0 ?? .nan) }
                    : [csv(r.trainAccuracy), csv(r.testAccuracy)]
                lines.append(([String(run), name, String(r.step), csv(r.epoch), csv(r.seconds), csv(r.trainLoss),
                               csv(r.testLoss)] + metrics).joined(separator: ","))
            }
        }
        var run = 1
        for result in race?.results ?? [] {
            append(run, result.kind.rawValue, result.history)
            run += 1
        }
        if race?.isFinished != true {
            append(run, activation.rawValue, snapshot?.history ?? [])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func csv(_ value: Double) -> String {
        value.isFinite ? String(value) : ""
    }

    mutating func show(_ text: String) {
        notice = Notice(text: text, secondsLeft: Explorer.noticeSeconds)
    }
}

// MARK: - Configurations

extension Explorer {
    /// The scene a preset sets up, or the default scene.
    static func configuration(for preset: TrainingPreset?) -> TrainingConfiguration {
        preset?.configuration ?? .explorerDefault
    }
}
