import Activations
import Datasets
import Foundation
import NeuralNet

/// Runs: switching activations, restarts, presets, the race, and snapshots
/// arriving from the trainer.
extension Explorer {
    /// Switches every hidden layer to `kind` and restarts from the same seed,
    /// so the new run begins from the same initial weights and data order.
    mutating func select(_ kind: ActivationKind) -> [Effect] {
        let leavingRace = race != nil
        race = nil
        if kind == activation && configuration.hasUniformActivation && !leavingRace { return [] }
        activation = kind
        configuration.setActivation(LayerActivation(kind))
        return restart(keepingGhost: !leavingRace)
    }

    /// Starts the current configuration afresh; the run being replaced stays
    /// on the loss chart as a dim ghost when asked.
    mutating func restart(keepingGhost: Bool) -> [Effect] {
        if keepingGhost, let history = snapshot?.history, !history.isEmpty {
            ghost = Ghost(label: ActivationText.displayName(lastStartedConfiguration.primaryActivation),
                          history: history)
        } else if !keepingGhost {
            ghost = nil
        }
        snapshot = nil
        marks = []
        start = nil
        lastStartedConfiguration = configuration
        let baseline = baselineRequest.map { [Effect.measureBaseline($0)] } ?? []
        guard isPaused else { return [startNextRun()] + baseline }
        // A class that paused to talk keeps the floor: the new run waits too.
        let hint = Strings.of(options.language).pausedHint
        show(notice.map { $0.text + " · " + hint } ?? hint)
        return [startNextRun(), .pauseTraining] + baseline
    }

    /// The run a deep linear net is measured against: the same training
    /// without hidden layers, one linear map (softmax regression). Wanted
    /// in the no-activation scene, whatever the keys switched to, and
    /// whenever the hidden layers are linear.
    var baselineConfiguration: TrainingConfiguration? {
        // The configuration the run started with: + and − do not retrain it.
        let started = lastStartedConfiguration
        guard !started.hiddenLayers.isEmpty, preset == .noActivation || activation == .linear else { return nil }
        var c = started
        c.hiddenLayers = []
        return c
    }

    /// The baseline to ask the shell for, unless it is known already.
    var baselineRequest: TrainingConfiguration? {
        guard let wanted = baselineConfiguration, baseline?.configuration != wanted else { return nil }
        return wanted
    }

    /// The baseline's result, when it belongs to the current configuration.
    var currentBaseline: TrainingSnapshot? {
        guard let wanted = baselineConfiguration, let baseline, baseline.configuration == wanted else { return nil }
        return baseline.result
    }

    /// Why the current run diverged, when its start says so: biases that
    /// start far from 0 (the saturation scene's +6, which pins sigmoid near
    /// 1) are passed on, layer after layer, by an activation with no upper
    /// bound, so the loss starts far above a guess's. Nil otherwise.
    func divergenceCause() -> DivergenceCause? {
        guard case .diverged = snapshot?.state, configuration.initialBias != 0,
              !Catalogue.entry(for: activation).properties.isBounded,
              let start, let loss = start.trainLoss, !start.layers.isEmpty else { return nil }
        let means = start.layers.map(\.activationMean)
        let guess = configuration.output == .softmax && start.classCount > 1 ? log(Double(start.classCount)) : nil
        return DivergenceCause(initialBias: configuration.initialBias, activation: activation,
                               firstMean: means.first ?? 0, lastMean: means.last ?? 0, startLoss: loss, guessLoss: guess)
    }

    /// A new run of the current configuration, numbered after the last.
    mutating func startNextRun() -> Effect {
        run = run.next
        return .startTraining(configuration, run: run)
    }

    /// Shows runs as `view` says: every field `scene` saves, so that a scene
    /// reopened (`0`, a lesson's step) looks as it was saved.
    mutating func adopt(_ view: SceneView) {
        stepsPerSecond = view.stepsPerSecond
        halfWidth = view.halfWidth
        cursorX = min(max(view.cursorX, -view.halfWidth), view.halfWidth)
        highlightedLayer = min(view.highlightedLayer, max(0, configuration.hiddenLayers.count - 1))
        logScaleLoss = view.logScaleLoss
        showsGhost = view.showsGhost
        isPaused = view.startsPaused
        focus = view.focus
        zoomedPane = view.zoomedPane
    }

    /// Goes back to `scene`: its configuration, preset (and race) and view,
    /// with a new run from its start.
    mutating func reopen(_ scene: Scene) -> [Effect] {
        preset = scene.preset
        configuration = scene.configuration
        activation = configuration.primaryActivation
        race = nil
        if scene.runsRace { startRace() }
        adopt(scene.view)
        show(Strings.of(options.language).openingScene)
        let effects = restart(keepingGhost: false)
        return effects + [.setPace(stepsPerSecond: stepsPerSecond)] + (isPaused && !effects.contains(.pauseTraining) ? [.pauseTraining] : [])
    }

    /// Loads a preset's scene, keeping the seed.
    mutating func load(_ newPreset: TrainingPreset) -> [Effect] {
        preset = newPreset
        var c = Explorer.configuration(for: newPreset)
        c.seed = configuration.seed
        if newPreset == .lecture, let dataset = options.dataset, case .mnist = dataset {
            c.dataset = dataset
        }
        configuration = c
        activation = c.primaryActivation
        highlightedLayer = 0
        race = nil
        if newPreset.raceRates != nil { startRace() }
        show(Strings.of(options.language).preset(newPreset.name))
        var effects = restart(keepingGhost: false)
        if !paceIsChosen, stepsPerSecond != newPreset.stepsPerSecond {
            stepsPerSecond = newPreset.stepsPerSecond
            effects.append(.setPace(stepsPerSecond: stepsPerSecond))
        }
        return effects
    }

    /// Sets up the preset's race and its first runner.
    mutating func startRace() {
        let race = Race(preset: preset, learningRate: configuration.learningRate)
        self.race = race
        if let first = race.currentRunner { enter(first) }
    }

    /// The current configuration with `runner`'s activation and rate.
    private mutating func enter(_ runner: Race.Runner) {
        activation = runner.kind
        configuration.setActivation(LayerActivation(runner.kind))
        configuration.learningRate = runner.learningRate
    }

    mutating func receive(_ new: TrainingSnapshot) -> [Effect] {
        // A late snapshot of a run already replaced must not pollute.
        guard new.run == run else { return [] }
        snapshot = new
        // Whether the run should be paused is the explorer's own state, set
        // by Space and s: a new run's first snapshot says "paused" (the
        // trainer starts paused) a moment before the shell resumes it, and
        // taking that for the class's wish would turn the next Space around.
        if new.step == 0, new.trainLoss != nil { start = new }
        highlightedLayer = min(highlightedLayer, max(0, new.layers.count - 1))
        guard var race, let runner = race.currentRunner else { return [] }
        var diverged = false
        if case .diverged = new.state { diverged = true }
        // A runner stops at the target, or when its epochs run out.
        let reached = Race.epochs(toReach: race.targetTrainAccuracy, in: new.history)
        guard new.state == .finished || diverged || reached != nil else { return [] }
        race.results.append(Race.Result(kind: runner.kind, learningRate: runner.learningRate, history: new.history,
                                        epochsToTarget: reached, diverged: diverged && reached == nil,
                                        epochs: configuration.epochs))
        race.current += 1
        self.race = race
        guard let next = race.currentRunner else {
            show(Strings.of(options.language).raceFinished)
            // The last runner may have stopped at the target with epochs to go.
            guard new.state == .running || new.state == .paused else { return [] }
            isPaused = true
            return [.pauseTraining]
        }
        enter(next)
        snapshot = nil
        start = nil
        lastStartedConfiguration = configuration
        return [startNextRun()]
    }
}
