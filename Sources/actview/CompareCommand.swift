import ArgumentParser
import Datasets
import Foundation
import NeuralNet

/// `actview compare relu,tanh,sigmoid`: trains each activation toward a
/// target and reports how fast each got there — the check on "ReLU
/// converges about six times faster", with the paper's protocol available:
/// a learning rate per activation, tuned (`--tune-lr`), and a target on
/// training accuracy (`--target-train-accuracy 0.75`, 25% training error).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Train several activations toward a target and compare how fast each reaches it.",
        discussion: """
            Each activation starts from its own seeded start: the same seed and data order for \
            every activation, and with --init auto its own initialiser (He for the ReLU family, \
            LeCun for SELU, Glorot otherwise), so the weights are the same only where initialisers \
            and shapes agree, and a row never depends on which other activations are listed, or \
            in what order. A run stops at the first check (--checks-per-epoch a epoch) that meets \
            the target, or after --epochs. Epochs and seconds are medians over the repeats (seeds \
            seed, seed+1, …), a run that missed the target counting as slowest; the spread is the \
            fastest–slowest run that reached it; seconds count the training loop only; the ratios \
            divide by the fastest activation. --tune-lr tries every rate of a grid for every \
            activation and keeps, for each, the one with the fewest median epochs to target (then \
            the most runs reaching it, then the fewest mean epochs, then the smaller rate): a list 0.01,0.03,0.1, or \
            LO..HI/N, N rates from LO to HI spaced evenly on a log scale (0.01..10/7 is 0.01, \
            0.0316, 0.1, …, 10). Ctrl-C prints the activations finished so far and exits with \
            status 130.
            """
    )

    @Argument(help: "Activations to compare, comma-separated, e.g. relu,tanh,sigmoid.")
    var activations: String

    @OptionGroup var options: TrainingOptions

    @Option(name: .customLong("tune-lr"), help: ArgumentHelp(
        "Tune the learning rate per activation over a grid: 0.01,0.03,0.1 or LO..HI/N (e.g. 0.01..10/7).",
        valueName: "grid"), transform: ConfigurationParser.learningRateGrid)
    var tuneLR: LearningRateGrid?

    @Option(name: .customLong("target-accuracy"), help: "Target test accuracy, e.g. 0.9.")
    var targetAccuracy: Double?

    @Option(name: .customLong("target-loss"), help: "Target test loss.")
    var targetLoss: Double?

    @Option(name: .customLong("target-train-accuracy"), help: "Target training accuracy, e.g. 0.75 (the paper's 25% training error).")
    var targetTrainAccuracy: Double?

    @Option(name: .customLong("target-train-loss"), help: "Target training loss.")
    var targetTrainLoss: Double?

    @Option(name: .customLong("target-rmse"), help: "Target test RMSE (regression), e.g. 0.05.")
    var targetRMSE: Double?

    @Option(name: .customLong("target-r2"), help: "Target test R² (regression), e.g. 0.99.")
    var targetR2: Double?

    @Option(name: .customLong("target-train-rmse"), help: "Target training RMSE (regression).")
    var targetTrainRMSE: Double?

    @Option(name: .customLong("target-train-r2"), help: "Target training R² (regression).")
    var targetTrainR2: Double?

    @Option(help: "Runs per activation (and per rate when tuning), with seeds seed, seed+1, …")
    var repeats = 1

    @Option(name: .customLong("checks-per-epoch"), help: "Evaluations per epoch while looking for the target.")
    var checksPerEpoch = 10

    func run() throws {
        let target = try parseTarget()
        // Every name, rate and parameter is checked before any training starts.
        let functions = try options.parseActivations(activations)
        let base = try options.configuration(layerActivations: [functions[0]], ratesPerActivation: true)
        let rates: ActivationComparison.Rates
        switch (options.learningRates, tuneLR) {
        case (.some, .some): throw CLIError("give --lr or --tune-lr, not both")
        case (.some(let given), nil): rates = given.single == nil ? .given(given) : .configured
        case (nil, .some(let grid)): rates = .tuned(grid)
        case (nil, nil): rates = .configured
        }
        let comparison = try ActivationComparison(base: base, activations: functions, rates: rates, target: target,
                                                  repeats: repeats, checksPerEpoch: checksPerEpoch)
        let dataset = try options.loadDataset(for: base)
        if let target { try target.check(against: dataset) }
        print(Self.describe(comparison, dataset: dataset))
        flushStandardOutput()
        Interruption.install()
        var progress = ProgressLine()
        let result = try comparison.run(on: dataset, shouldStop: { Interruption.isRequested }) { state in
            progress.draw(label: "\(state.activation.name) lr \(state.rate) (seed \(state.seed))", fraction: state.fraction,
                          secondsSoFar: state.seconds)
        }
        progress.clear()
        if !result.rows.isEmpty { print(Self.table(result.rows, comparison: comparison)) }
        flushStandardOutput()
        if result.interrupted {
            throw CLIError("interrupted: \(result.rows.count) of \(functions.count) activations finished",
                           status: Interruption.status)
        }
    }

    private func parseTarget() throws -> TrainingTarget? {
        let given: [(TrainingTarget.Metric, Double)] = [
            (.testAccuracy, targetAccuracy), (.testLoss, targetLoss),
            (.trainAccuracy, targetTrainAccuracy), (.trainLoss, targetTrainLoss),
            (.testRMSE, targetRMSE), (.testR2, targetR2), (.trainRMSE, targetTrainRMSE), (.trainR2, targetTrainR2),
        ].compactMap { metric, goal in goal.map { (metric, $0) } }
        guard given.count <= 1 else {
            throw CLIError("give one target, not \(given.map(\.0.option).joined(separator: " and "))")
        }
        return try given.first.map { metric, goal throws(ConfigurationError) in try TrainingTarget(metric, goal) }
    }

    /// The header: data, shapes, optimiser, how the rates were chosen, what
    /// "the same start" means and the target.
    static func describe(_ comparison: ActivationComparison, dataset d: Dataset) -> String {
        let c = comparison.base
        let names = comparison.activations.map(\.name).joined(separator: "|")
        let inputs = c.inputFeatures == .plain ? d.featureCount : c.inputFeatures.count
        let shape = ([inputs] + c.hiddenSizes + [d.classCount]).map(String.init).joined(separator: "-")
        let initializer = c.initializer == .automatic ? "auto init (each activation its own)" : "\(c.initializer.name) init"
        let rate: String = switch comparison.rates {
        case .configured: "lr \(c.learningRate)"
        case .given: "lr per activation"
        case .tuned(let grid): "lr tuned per activation over " + grid.rates.map { String(format: "%.3g", $0.value) }.joined(separator: ", ")
        }
        let batch = c.batchSize == 0 ? d.trainCount : min(c.batchSize, d.trainCount)
        var lines = [
            "# \(d.printableName) \(d.trainCount)/\(d.testCount)\(c.standardizeInputs ? ", inputs z-scored" : "") | \(c.inputFeatures == .plain ? "" : "features \(c.inputFeatures.spelling) | ")\(shape) \(names), \(c.outputDescription)\(c.useBias ? "" : ", no bias") | "
                + "\(initializer) | \(c.optimizer.rawValue) \(rate)\(c.l1Penalty > 0 ? ", L1 \(c.l1Penalty)" : ""), batch \(batch) \(c.reduction.rawValue) | up to \(c.epochs) epochs",
            "# every activation: seed \(c.seed)\(comparison.repeats > 1 ? "…\(c.seed &+ UInt64(comparison.repeats - 1))" : "") and "
                + "the same data order; the same initial weights only where initialisers and shapes agree",
        ]
        if let target = comparison.target {
            lines.append("# target: \(target), checked \(comparison.checksPerEpoch)× an epoch; epochs and seconds: median of "
                         + "\(comparison.repeats) run(s); spread: fastest–slowest run that reached it")
        } else {
            lines.append("# no target: final metrics after \(c.epochs) epochs, mean of \(comparison.repeats) run(s)")
        }
        return lines.joined(separator: "\n")
    }

    static func table(_ rows: [ComparisonRow], comparison: ActivationComparison) -> String {
        let nameWidth = max(10, rows.map(\.activation.name.count).max() ?? 0)
        func left(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        func right(_ text: String, _ width: Int) -> String { EpochReport.pad(text, width) }
        func rate(_ value: LearningRate) -> String { String(format: "%.3g", value.value) }
        var lines: [String] = []
        if case .tuned = comparison.rates {
            // The whole sweep, so the choice of each rate can be checked.
            for row in rows {
                let trials = row.trials.map { trial -> String in
                    let epochs = trial.medianEpochs.isFinite ? String(format: "%.2f", trial.medianEpochs)
                        : trial.divergedCount * 2 > trial.runs.count ? "diverged" : "not reached"
                    return "\(rate(trial.rate)) \(epochs)"
                }
                lines.append("# tune \(row.activation.name) (median epochs): " + trials.joined(separator: " · "))
            }
        }
        guard comparison.target != nil else {
            if comparison.base.task == .regression {
                lines.append(left("activation", nameWidth) + "   params        lr  train-rmse  train-R²  test-rmse  test-R²")
                for row in rows {
                    lines.append(left(row.activation.name, nameWidth) + "  " + right(String(row.parameterCount), 7) + "  "
                                 + right(rate(row.learningRate), 8) + "  "
                                 + right(EpochReport.number(row.meanFinal(\.trainRMSE), digits: 4), 10) + "  "
                                 + right(EpochReport.fixed(row.meanFinal(\.trainR2)), 8) + "  "
                                 + right(EpochReport.number(row.meanFinal(\.testRMSE), digits: 4), 9) + "  "
                                 + right(EpochReport.fixed(row.meanFinal(\.testR2)), 7))
                }
                return lines.joined(separator: "\n")
            }
            lines.append(left("activation", nameWidth) + "   params        lr  train-loss  train-acc  test-loss  test-acc")
            for row in rows {
                lines.append(left(row.activation.name, nameWidth) + "  " + right(String(row.parameterCount), 7) + "  "
                             + right(rate(row.learningRate), 8) + "  "
                             + right(EpochReport.number(row.meanFinal(\.trainLoss), digits: 4), 10) + "  "
                             + right(EpochReport.percent(row.meanFinal(\.trainAccuracy)), 9) + "  "
                             + right(EpochReport.number(row.meanFinal(\.testLoss), digits: 4), 9) + "  "
                             + right(EpochReport.percent(row.meanFinal(\.testAccuracy)), 8))
            }
            return lines.joined(separator: "\n")
        }
        let fastestEpochs = rows.compactMap(\.medianEpochs).min()
        let fastestSeconds = rows.compactMap(\.medianSeconds).min()
        func ratio(_ value: Double?, _ fastest: Double?) -> String {
            // A target met before the first step leaves nothing to divide by.
            guard let value, let fastest, fastest > 0 else { return "-" }
            return String(format: "%.2f", value / fastest)
        }
        lines.append(left("activation", nameWidth)
                     + "   params        lr  reached       epochs       spread  seconds  ×epochs  ×seconds")
        for row in rows {
            let chosen = row.chosen
            let missed = chosen.divergedCount * 2 > chosen.runs.count ? "diverged" : "not reached"
            let spread = chosen.epochRange.map { String(format: "%.2f–%.2f", $0.lowerBound, $0.upperBound) } ?? "-"
            lines.append(left(row.activation.name, nameWidth) + "  " + right(String(row.parameterCount), 7) + "  "
                         + right(rate(row.learningRate), 8) + "  "
                         + right("\(chosen.reachedCount)/\(chosen.runs.count)", 7) + "  "
                         + right(row.medianEpochs.map { String(format: "%.2f", $0) } ?? missed, 11) + "  "
                         + right(spread, 11) + "  "
                         + right(row.medianSeconds.map { String(format: "%.3f", $0) } ?? "-", 7) + "  "
                         + right(ratio(row.medianEpochs, fastestEpochs), 7) + "  "
                         + right(ratio(row.medianSeconds, fastestSeconds), 8))
        }
        return lines.joined(separator: "\n")
    }
}
