import Activations
import NeuralNet

/// The one-line `actview explore …` command that opens a scene: the
/// terminal's answer to a link a teacher hands out. Only what differs from
/// the preset (or the opening scene) is spelled out, with the explorer's
/// option names; the language is always given, since the default follows
/// the reader's locale.
extension Scene {
    public var commandArguments: [String] {
        var base = preset?.configuration ?? .explorerDefault
        base.seed = TrainingConfiguration.explorerSeed
        let c = configuration
        var args = ["actview", "explore"]
        func add(_ option: String, _ value: String? = nil) {
            args.append(option)
            if let value { args.append(value) }
        }
        if let preset { add("--preset", preset.name) }
        if c.dataset != base.dataset {
            add("--dataset", c.dataset.description)
            if case .csv(_, let column?) = c.dataset { add("--label-column", String(column)) }
        }
        if c.hiddenSizes != base.hiddenSizes { add("--hidden", c.hiddenSizes.map(String.init).joined(separator: ",")) }
        let kinds = c.activations.map(\.kind)
        let leavesRace = preset?.raceRates != nil && !runsRace
        if !kinds.isEmpty, kinds != base.activations.map(\.kind) || leavesRace {
            let names = c.hasUniformActivation ? [kinds[0].rawValue] : kinds.map(\.rawValue)
            add("--activation", names.joined(separator: ","))
        }
        var parameters: [String: Double] = [:]
        for layer in c.hiddenLayers {
            parameters.merge(layer.activation.changedParameters) { first, _ in first }
        }
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) { add("--param", "\(name)=\(value)") }
        if let pieces = c.hiddenLayers.lazy.compactMap({ layer -> Int? in
            if case .maxout(let pieces) = layer.activation { return pieces }
            return nil
        }).first, pieces != LayerActivation.defaultMaxoutPieces {
            add("--maxout-pieces", String(pieces))
        }
        if c.initializer != base.initializer { add("--init", c.initializer.name) }
        if c.optimizer != base.optimizer { add("--optimizer", c.optimizer.rawValue) }
        if c.learningRate != base.learningRate { add("--lr", c.learningRate.description) }
        if c.batchSize != base.batchSize { add("--batch", String(c.batchSize)) }
        if c.epochs != base.epochs { add("--epochs", String(c.epochs)) }
        if c.seed != base.seed { add("--seed", String(c.seed)) }
        if c.output != base.output { add("--output", c.output.rawValue) }
        if c.reduction != base.reduction { add("--reduction", c.reduction.rawValue) }
        if c.useBias != base.useBias { add(c.useBias ? "--bias" : "--no-bias") }
        if c.weightDecay != base.weightDecay { add("--weight-decay", String(c.weightDecay)) }
        if c.l1Penalty != base.l1Penalty { add("--l1", String(c.l1Penalty)) }
        if c.task != (c.dataset.intrinsicTask ?? .classification) { add("--task", c.task.rawValue) }
        if c.inputFeatures != base.inputFeatures { add("--features", c.inputFeatures.spelling) }
        if c.initialBias != base.initialBias { add("--initial-bias", String(c.initialBias)) }
        if c.testFraction != base.testFraction { add("--test-fraction", String(c.testFraction)) }
        if c.evaluationsPerEpoch != base.evaluationsPerEpoch { add("--evaluations-per-epoch", String(c.evaluationsPerEpoch)) }
        var defaults = SceneView()
        if let preset { defaults.stepsPerSecond = preset.stepsPerSecond }
        if view.stepsPerSecond != defaults.stepsPerSecond { add("--speed", view.stepsPerSecond.map { String($0) } ?? "max") }
        if view.halfWidth != defaults.halfWidth { add("--x-range", String(view.halfWidth)) }
        if view.cursorX != defaults.cursorX { add("--cursor", String(view.cursorX)) }
        if view.highlightedLayer != defaults.highlightedLayer { add("--layer", String(view.highlightedLayer + 1)) }
        if view.logScaleLoss { add("--log-loss") }
        if !view.showsGhost { add("--no-ghost") }
        if view.startsPaused { add("--paused") }
        if view.themeName != defaults.themeName { add("--theme", view.themeName) }
        if view.focus != defaults.focus { add("--focus", view.focus.rawValue) }
        if let pane = view.zoomedPane { add("--zoom", pane.rawValue) }
        add("--lang", view.language.rawValue)
        return args
    }

    /// The command as one line a shell reads back as the same words.
    public var command: String {
        commandArguments.map(Self.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_=.,:/+@%".unicodeScalars.contains($0)) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
