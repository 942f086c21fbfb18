import Activations
import NeuralNet

/// Runs: switching activations, restarts, presets, the race, and snapshots
/// arriving from the trainer.
extension Explorer {
    /// Switches every hidden layer to `kind` and restarts from the same seed,
    /// so the new run begins from the same initial weights and data order.
    mutating func select(_ kind: ActivationKind) -> [Effect] {
        let leavingRace = race != nil
        race = nil
        if kind == activation && configuration.activations.count == 1 && !leavingRace { return [] }
        activation = kind
        configuration.activations = [kind.rawValue]
        return restart(keepingGhost: !leavingRace)
    }

    /// Starts the current configuration afresh; the run being replaced stays
    /// on the loss chart as a dim ghost when asked.
    mutating func restart(keepingGhost: Bool) -> [Effect] {
        if keepingGhost, let history = snapshot?.history, !history.isEmpty {
            ghost = Ghost(label: ActivationText.displayName(Explorer.primaryActivation(of: lastStartedConfiguration)),
                          history: history)
        } else if !keepingGhost {
            ghost = nil
        }
        snapshot = nil
        isPaused = false
        lastStartedConfiguration = configuration
        return [.startTraining(configuration)]
    }

    /// Loads a preset's scene, keeping the seed.
    mutating func load(_ newPreset: Preset) -> [Effect] {
        preset = newPreset
        var c = Explorer.configuration(for: newPreset)
        c.seed = configuration.seed
        if newPreset == .lecture, let dataset = options.dataset, dataset.lowercased().hasPrefix("mnist:") {
            c.dataset = dataset
        }
        configuration = c
        activation = Explorer.primaryActivation(of: c)
        highlightedLayer = 0
        race = nil
        if newPreset == .race { startRace() }
        show(Strings.of(options.language).preset(newPreset.name))
        return restart(keepingGhost: false)
    }

    mutating func startRace() {
        race = Race(targetAccuracy: Explorer.raceTarget(for: configuration.dataset))
        activation = Race.runners[0]
        configuration.activations = [activation.rawValue]
    }

    /// A target every runner can reach on the set, so "epochs to target"
    /// measures speed rather than luck.
    static func raceTarget(for dataset: String) -> Double {
        let name = dataset.lowercased()
        if name.hasPrefix("digits") || name.hasPrefix("mnist") { return 0.9 }
        return 0.8
    }

    mutating func receive(_ new: TrainingSnapshot) -> [Effect] {
        // A snapshot from a run already replaced names another activation;
        // the shell should not send one, but a late one must not pollute.
        if let name = new.layers.first?.activationName, !name.isEmpty,
           let kind = try? Catalogue.kind(named: name),
           kind != Explorer.primaryActivation(of: configuration) {
            return []
        }
        snapshot = new
        switch new.state {
        case .paused: isPaused = true
        case .running: isPaused = false
        case .finished, .diverged: break
        }
        highlightedLayer = min(highlightedLayer, max(0, new.layers.count - 1))
        guard var race, let runner = race.currentKind else { return [] }
        var diverged = false
        if case .diverged = new.state { diverged = true }
        guard new.state == .finished || diverged else { return [] }
        race.results.append(Race.Result(kind: runner, history: new.history,
                                        epochsToTarget: Race.epochs(toReach: race.targetAccuracy, in: new.history),
                                        diverged: diverged))
        race.current += 1
        self.race = race
        guard let next = race.currentKind else {
            show(Strings.of(options.language).raceFinished)
            return []
        }
        activation = next
        configuration.activations = [next.rawValue]
        snapshot = nil
        lastStartedConfiguration = configuration
        return [.startTraining(configuration)]
    }
}
