import ArgumentParser
import Datasets
import Foundation
import NeuralNet

/// `actview compare relu,tanh,sigmoid`: trains each activation from the same
/// initial weights and data order and reports how fast each reaches a target
/// — the check on "ReLU converges about six times faster".
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Train several activations from the same start and compare how fast they reach a target.",
        discussion: """
            Every activation sees the examples in the same order and draws its initial weights from \
            the same seed: the very same weights under a fixed --init; under --init auto each by its \
            own rule (He for the ReLU family, LeCun for SELU, Glorot otherwise), so the order of the \
            names changes no row. Epochs and \
            seconds to target are averaged over the repeats that reached it; seconds count the \
            training loop only. The ratios divide by the fastest activation.
            """
    )

    @Argument(help: "Activations to compare, comma-separated, e.g. relu,tanh,sigmoid.")
    var activations: String

    @OptionGroup var options: TrainingOptions

    @Option(name: .customLong("target-accuracy"), help: "Target test accuracy, e.g. 0.9.")
    var targetAccuracy: Double?

    @Option(name: .customLong("target-loss"), help: "Target test loss.")
    var targetLoss: Double?

    @Option(help: "Runs per activation, with seeds seed, seed+1, …")
    var repeats = 1

    @Option(name: .customLong("checks-per-epoch"), help: "Evaluations per epoch while looking for the target.")
    var checksPerEpoch = 4

    enum Target {
        case accuracy(Double)
        case loss(Double)

        func isReached(by snapshot: TrainingSnapshot) -> Bool {
            switch self {
            case .accuracy(let goal): (snapshot.testAccuracy ?? snapshot.trainAccuracy ?? 0) >= goal
            case .loss(let goal): (snapshot.testLoss ?? snapshot.trainLoss ?? .infinity) <= goal
            }
        }

        var label: String {
            switch self {
            case .accuracy(let goal): "test accuracy ≥ \(goal)"
            case .loss(let goal): "test loss ≤ \(goal)"
            }
        }
    }

    struct RunResult {
        var reachedEpochs: Double?
        var reachedSeconds: Double?
        var final: TrainingSnapshot
        var diverged: Bool
    }

    func run() throws {
        let target = try parseTarget()
        guard repeats >= 1 else { throw CLIError("--repeats must be at least 1 (got \(repeats))") }
        guard checksPerEpoch >= 1 else { throw CLIError("--checks-per-epoch must be at least 1 (got \(checksPerEpoch))") }
        // Every name and parameter is checked before any training starts.
        let functions = try options.parseActivations(activations)
        let names = functions.map(\.name)
        let base = try options.configuration(layerActivations: [functions[0]])
        let dataset = try Dataset.load(base.dataset, seed: base.seed, testFraction: base.testFraction)
        var results = Array(repeating: [RunResult](), count: names.count)
        var progress = ProgressLine()
        let totalRuns = Double(names.count * repeats)
        var runsDone = 0.0
        var elapsed = 0.0
        for run in 0..<repeats {
            var seeded = base
            seeded.seed = base.seed &+ UInt64(run)
            let first = try Trainer(configuration: seeded, dataset: dataset)
            if run == 0 {
                print(TrainCommand.describe(first).replacingOccurrences(of: " \(names[0]),", with: " \(names.joined(separator: "|")),"))
                let start = base.initializer == .automatic
                    ? "same data order for every activation, each with its own auto initialiser"
                    : "same initial weights and data order for every activation"
                print("# \(start); \(repeats) seed(s) from \(base.seed); "
                      + (target.map { "target: \($0.label)" } ?? "no target: final metrics after \(base.epochs) epochs"))
                flushStandardOutput()
            }
            for (index, name) in names.enumerated() {
                var c = seeded
                c.setActivation(functions[index])
                var trainer = try index == 0 ? first : first.restarted(with: c)
                let result = Self.train(&trainer, target: target, checksPerEpoch: checksPerEpoch) { fraction, seconds in
                    progress.draw(label: "\(name) (seed \(seeded.seed))", fraction: (runsDone + fraction) / totalRuns,
                                  secondsSoFar: elapsed + seconds)
                }
                elapsed += trainer.trainingSeconds
                runsDone += 1
                results[index].append(result)
            }
        }
        progress.clear()
        print(Self.table(names: names, results: results, target: target, repeats: repeats))
    }

    private func parseTarget() throws -> Target? {
        switch (targetAccuracy, targetLoss) {
        case (.some, .some):
            throw CLIError("give --target-accuracy or --target-loss, not both")
        case (.some(let accuracy), nil):
            guard accuracy > 0, accuracy <= 1 else { throw CLIError("--target-accuracy must be in (0, 1] (got \(accuracy))") }
            return .accuracy(accuracy)
        case (nil, .some(let loss)):
            guard loss.isFinite, loss > 0 else { throw CLIError("--target-loss must be positive (got \(loss))") }
            return .loss(loss)
        case (nil, nil):
            return nil
        }
    }

    /// Trains to the configured epochs (or divergence), evaluating
    /// `checksPerEpoch` times an epoch until the target is reached.
    static func train(_ trainer: inout Trainer, target: Target?, checksPerEpoch: Int,
                      progress: (Double, Double) -> Void) -> RunResult {
        let interval = max(1, trainer.stepsPerEpoch / checksPerEpoch)
        let epochs = Double(trainer.configuration.epochs)
        var result = RunResult(final: TrainingSnapshot(), diverged: false)
        var sinceCheck = 0
        while !trainer.isFinished && !trainer.hasDiverged {
            let epochBefore = trainer.completedEpochs
            trainer.step()
            sinceCheck += 1
            progress(trainer.epochProgress / epochs, trainer.trainingSeconds)
            let boundary = trainer.completedEpochs != epochBefore
            if let target, result.reachedEpochs == nil, sinceCheck >= interval || boundary {
                sinceCheck = 0
                trainer.evaluate()
                if target.isReached(by: trainer.snapshot()) {
                    result.reachedEpochs = trainer.epochProgress
                    result.reachedSeconds = trainer.trainingSeconds
                }
            }
            if boundary { sinceCheck = 0 }
        }
        trainer.evaluate()
        result.final = trainer.snapshot()
        result.diverged = trainer.hasDiverged
        return result
    }

    static func table(names: [String], results: [[RunResult]], target: Target?, repeats: Int) -> String {
        struct Row {
            var name: String
            var reached: Int
            var epochs: Double?
            var seconds: Double?
            var trainLoss: Double
            var testLoss: Double
            var testAccuracy: Double
            var diverged: Int
        }
        func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        let rows = zip(names, results).map { name, runs in
            let reached = runs.filter { $0.reachedEpochs != nil }
            return Row(
                name: name, reached: reached.count,
                epochs: mean(reached.compactMap(\.reachedEpochs)), seconds: mean(reached.compactMap(\.reachedSeconds)),
                trainLoss: mean(runs.map { $0.final.trainLoss ?? .nan }) ?? .nan,
                testLoss: mean(runs.map { $0.final.testLoss ?? .nan }) ?? .nan,
                testAccuracy: mean(runs.map { $0.final.testAccuracy ?? .nan }) ?? .nan,
                diverged: runs.filter(\.diverged).count)
        }
        let fastestEpochs = rows.compactMap(\.epochs).min()
        let fastestSeconds = rows.compactMap(\.seconds).min()
        let nameWidth = max(10, (names.map(\.count).max() ?? 0))
        func cell(_ text: String, _ width: Int) -> String { EpochReport.pad(text, width) }
        func left(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        var lines = [left("activation", nameWidth) + "  reached  epochs-to-target  seconds-to-target  train-loss  test-loss  test-acc  ×epochs  ×seconds"]
        for row in rows {
            let reached = target == nil ? "-" : "\(row.reached)/\(repeats)"
            let notReached = row.diverged > 0 && row.reached == 0 ? "diverged" : "not reached"
            let epochs = target == nil ? "-" : row.epochs.map { String(format: "%.2f", $0) } ?? notReached
            let seconds = target == nil ? "-" : row.seconds.map { String(format: "%.3f", $0) } ?? notReached
            let ratioEpochs = zip(row.epochs, fastestEpochs).map { String(format: "%.2f", $0 / max($1, 1e-12)) } ?? "-"
            let ratioSeconds = zip(row.seconds, fastestSeconds).map { String(format: "%.2f", $0 / max($1, 1e-12)) } ?? "-"
            lines.append(left(row.name, nameWidth) + "  " + cell(reached, 7) + "  " + cell(epochs, 16) + "  "
                         + cell(seconds, 17) + "  " + cell(String(format: "%.4g", row.trainLoss), 10) + "  "
                         + cell(String(format: "%.4g", row.testLoss), 9) + "  "
                         + cell(EpochReport.percent(row.testAccuracy), 8) + "  " + cell(ratioEpochs, 7) + "  "
                         + cell(ratioSeconds, 8))
        }
        return lines.joined(separator: "\n")
    }
}

private func zip(_ a: Double?, _ b: Double?) -> (Double, Double)? {
    guard let a, let b else { return nil }
    return (a, b)
}
