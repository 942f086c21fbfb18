import Activations
import Datasets
import NeuralNet
import TermPlot

/// The settings window: every current value, changed both ways with the
/// arrows (Enter: the next value); each change restarts as an edit does.
extension Explorer {
    /// The rows, in the window's order.
    var settings: [Setting] {
        var rows: [Setting] = []
        if configuration.hiddenLayers.indices.contains(highlightedLayer) {
            switch configuration.hiddenLayers[highlightedLayer].activation {
            case .activation(let a): rows += a.entry.parameters.map { .parameter($0.name) }
            case .prelu: rows.append(.preluSlope)
            case .maxout: rows.append(.maxoutPieces)
            }
        }
        if case .synthetic = configuration.dataset { rows += [.noise, .points, .classes] }
        if configuration.dataset.isPlanar { rows.append(.inputFeatures) }
        rows += [.testFraction, .batchSize, .weightDecay, .l1Penalty]
        rows += [.optimizer, .initializer, .dataset, .preset]
        return rows
    }

    mutating func openSettings() -> [Effect] {
        overlay = .settings(selection: 0)
        return []
    }

    /// Keys while the window is open: Up/Down choose a row, Left/Right (and
    /// Enter, forwards) change it, Esc, `x` or `q` close it.
    mutating func handleSettings(_ key: Key, selection: Int) -> [Effect] {
        let rows = settings
        let current = min(max(0, selection), max(0, rows.count - 1))
        switch key {
        case .up: overlay = .settings(selection: (current - 1 + rows.count) % max(1, rows.count))
        case .down: overlay = .settings(selection: (current + 1) % max(1, rows.count))
        case .left, .right, .enter:
            overlay = .settings(selection: current)
            guard rows.indices.contains(current) else { return [] }
            let effects = adjust(rows[current], by: key == .left ? -1 : 1)
            // The rows can change (another activation, a set without noise).
            overlay = .settings(selection: min(current, max(0, settings.count - 1)))
            return effects
        case .escape, .character("x"), .character("q"): overlay = nil
        default: break
        }
        return []
    }

    /// The label and current value of a row.
    func describe(_ setting: Setting) -> (label: String, value: String) {
        let c = configuration
        let strings = Strings.of(options.language)
        let layer = min(highlightedLayer, max(0, c.hiddenLayers.count - 1))
        let layerName = c.hiddenLayers.isEmpty ? "" : "\(ActivationText.name(c.hiddenLayers[layer].activation.kind)) (\(Strings.of(options.language).layer) \(layer + 1))"
        switch setting {
        case .parameter(let name):
            var value = 0.0
            if case .activation(let a) = c.hiddenLayers[layer].activation { value = a[parameter: name] ?? 0 }
            return ("\(layerName) \(name)", NumberText.compact(value))
        case .preluSlope:
            if case .prelu(let slope) = c.hiddenLayers[layer].activation { return ("\(layerName) \(strings.settingLabel(.preluSlope))", NumberText.compact(slope)) }
            return ("", "")
        case .maxoutPieces:
            if case .maxout(let pieces) = c.hiddenLayers[layer].activation { return ("\(layerName) \(strings.settingLabel(.maxoutPieces))", String(pieces)) }
            return ("", "")
        case .noise: return (strings.settingLabel(.noise), NumberText.compact(syntheticParameters?.noise ?? 0))
        case .points: return (strings.settingLabel(.points), String(syntheticParameters?.count ?? 0))
        case .classes: return (strings.settingLabel(.classes), String(syntheticParameters?.classes ?? 0))
        case .testFraction: return (strings.settingLabel(.testFraction), NumberText.compact(c.testFraction))
        case .batchSize: return (strings.settingLabel(.batchSize), c.batchSize == 0 ? strings.wholeSet : String(c.batchSize))
        case .weightDecay: return (strings.settingLabel(.weightDecay), NumberText.compact(c.weightDecay))
        case .l1Penalty: return (strings.settingLabel(.l1Penalty), NumberText.compact(c.l1Penalty))
        case .inputFeatures: return (strings.settingLabel(.inputFeatures), c.inputFeatures.spelling)
        case .optimizer: return (strings.settingLabel(.optimizer), c.optimizer.rawValue)
        case .initializer: return (strings.settingLabel(.initializer), c.initializer.name)
        case .dataset: return (strings.settingLabel(.dataset), c.dataset.printableDescription)
        case .preset: return (strings.settingLabel(.preset), preset?.name ?? strings.noPreset)
        }
    }

    private var syntheticParameters: SyntheticParameters? {
        if case .synthetic(_, let p) = configuration.dataset { return p }
        return nil
    }

    /// The value `step`s along `values` from `current` (the nearest one
    /// above or below when `current` is between them), stopping at the ends.
    static func stepped(_ current: Double, by step: Int, through values: [Double]) -> Double {
        if step > 0 { return values.first { $0 > current + 1e-12 } ?? values.last ?? current }
        return values.last { $0 < current - 1e-12 } ?? values.first ?? current
    }

    static let parameterValues: [Double] = [0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10]
    static let noiseValues: [Double] = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5]
    static let pointValues: [Double] = [100, 200, 400, 800, 1600, 3200]
    static let testFractionValues: [Double] = [0, 0.1, 0.2, 0.3, 0.4, 0.5]
    /// Whole set (0) sorts last: the largest batch.
    static let batchValues: [Int] = [1, 8, 16, 32, 64, 128, 256, 0]
    static let weightDecayValues: [Double] = [0, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]

    mutating func adjust(_ setting: Setting, by step: Int) -> [Effect] {
        var c = configuration
        let layer = min(highlightedLayer, max(0, c.hiddenLayers.count - 1))
        var keepsGhost = true
        func cycle<T: Equatable>(_ all: [T], _ value: T) -> T {
            let i = all.firstIndex(of: value) ?? 0
            return all[(i + step + all.count) % all.count]
        }
        switch setting {
        case .parameter(let name):
            guard case .activation(let a) = c.hiddenLayers[layer].activation,
                  let spec = a.entry.parameters.first(where: { $0.name == name }) else { return [] }
            let values = ([spec.defaultValue] + Self.parameterValues + Self.parameterValues.map { -$0 })
                .filter { spec.range.contains($0) }.sorted()
            let value = Self.stepped(a[parameter: name] ?? spec.defaultValue, by: step, through: Array(Set(values)).sorted())
            var parameters = a.parameters
            parameters[name] = value
            guard let changed = try? Activation(a.kind, parameters: parameters) else { return [] }
            c.hiddenLayers[layer].activation = .activation(changed)
        case .preluSlope:
            guard case .prelu(let slope) = c.hiddenLayers[layer].activation else { return [] }
            c.hiddenLayers[layer].activation = .prelu(initialSlope: Self.stepped(slope, by: step, through: [0] + Self.parameterValues))
        case .maxoutPieces:
            guard case .maxout(let pieces) = c.hiddenLayers[layer].activation else { return [] }
            c.hiddenLayers[layer].activation = .maxout(pieces: min(8, max(2, pieces + step)))
        case .noise, .points, .classes:
            guard case .synthetic(let shape, var p) = c.dataset else { return [] }
            switch setting {
            case .noise: p.noise = Self.stepped(p.noise, by: step, through: Self.noiseValues)
            case .points: p.count = Int(Self.stepped(Double(p.count), by: step, through: Self.pointValues))
            default:
                let range = SyntheticParameters.classRange(for: shape)
                p.classes = min(range.upperBound, max(range.lowerBound, p.classes + step))
            }
            c.dataset = .synthetic(shape, p)
            keepsGhost = false
        case .testFraction:
            c.testFraction = Self.stepped(c.testFraction, by: step, through: Self.testFractionValues)
            keepsGhost = false
        case .batchSize:
            let i = Self.batchValues.firstIndex(of: c.batchSize)
                ?? Self.batchValues.firstIndex { $0 > c.batchSize || $0 == 0 } ?? 0
            c.batchSize = Self.batchValues[min(Self.batchValues.count - 1, max(0, i + step))]
        case .weightDecay:
            c.weightDecay = Self.stepped(c.weightDecay, by: step, through: Self.weightDecayValues)
        case .l1Penalty:
            c.l1Penalty = Self.stepped(c.l1Penalty, by: step, through: Self.weightDecayValues)
        case .inputFeatures:
            // The same sets as f / F, in the same order.
            let all = InputFeatures.explorerCycle
            let i = all.firstIndex(of: c.inputFeatures)
            c.inputFeatures = i.map { all[($0 + step + all.count) % all.count] } ?? (step > 0 ? all[0] : all[all.count - 1])
        case .optimizer:
            c.optimizer = cycle(OptimizerKind.allCases, c.optimizer)
        case .initializer:
            c.initializer = cycle(Explorer.initializers, c.initializer)
        case .dataset:
            c.dataset = cycle(DatasetSpec.builtIn, c.dataset.withDefaultParameters)
            keepsGhost = false
        case .preset:
            let all = TrainingPreset.allCases
            let next = preset.map { cycle(all, $0) } ?? (step > 0 ? all[0] : all[all.count - 1])
            return load(next)
        }
        guard c != configuration, (try? c.validate()) != nil else { return [] }
        if !keepsGhost { ghost = nil }
        var probe = self
        probe.configuration = c
        let label = probe.describe(setting)
        return applyEdit(c, message: "\(label.label): \(label.value)", keepingGhost: keepsGhost)
    }
}
