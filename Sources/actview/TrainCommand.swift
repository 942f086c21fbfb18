import Datasets
import ArgumentParser
import Foundation
import NeuralNet

/// `actview train`: the explorer's training pane, headless. One line per
/// epoch on stdout; a progress bar on stderr when it is a terminal.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a small network and print loss, accuracy and layer health per epoch.",
        discussion: """
            Dead share: units whose f′(z) is 0 on every training example. Saturated share: units whose \
            input lies in a saturated tail (where f′ vanishes, |f′| below 10% of its peak) on 90% of \
            the examples. The seconds column is the training-loop time since the previous line, \
            evaluation excluded. With --evaluations-per-epoch N, N lines per epoch.
            Exit status: 0 when done, 1 for bad input, 3 when the run diverged (a NaN or infinite \
            loss, or a loss 100 times the first step's).
            """
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Hidden activation: one name for every layer, or a comma list with one per layer.")
    var activation: String?

    @Option(help: "Output format: table, csv or json (one JSON object per line).")
    var format: ReportFormat = .table

    static let divergedStatus: Int32 = 3

    func run() throws {
        let configuration = try options.configuration(activations: activation)
        let dataset = try Dataset.load(configuration.dataset, seed: configuration.seed, testFraction: configuration.testFraction)
        var trainer = try Trainer(configuration: configuration, dataset: dataset)
        if format == .table { print(Self.describe(trainer)) }
        if let header = EpochReport.header(format, hiddenLayers: configuration.hiddenSizes.count) { print(header) }
        flushStandardOutput()
        var progress = ProgressLine()
        // Every epoch's end, and with --evaluations-per-epoch N the points
        // between, on the explorer's schedule.
        var schedule = EvaluationSchedule(for: trainer)
        var before = 0.0
        for epoch in 1...configuration.epochs {
            let steps = trainer.stepsPerEpoch
            var step = 0
            while trainer.completedEpochs < epoch && !trainer.hasDiverged {
                trainer.step()
                step += 1
                let done = Double(epoch - 1) + Double(step) / Double(steps)
                progress.draw(label: "epoch \(epoch)/\(configuration.epochs)", fraction: done / Double(configuration.epochs),
                              secondsSoFar: trainer.trainingSeconds)
                // Only when asked for: a preset's own rate is for the explorer's curves.
                let within = trainer.completedEpochs < epoch && options.evaluationsPerEpoch.map { $0 > 1 } == true
                if within, !trainer.hasDiverged, schedule.isDue(for: trainer) {
                    progress.clear()
                    try report(&trainer, epoch: trainer.epochProgress, since: &before)
                    schedule.evaluated(atStep: trainer.stepCount)
                }
            }
            progress.clear()
            if case .diverged(let reason) = trainer.state {
                throw CLIError("diverged: \(reason)", status: Self.divergedStatus)
            }
            try report(&trainer, epoch: Double(epoch), since: &before)
            schedule.evaluated(atStep: trainer.stepCount)
        }
    }

    /// Evaluates and prints one line; `before` is the training time at the
    /// previous line.
    private func report(_ trainer: inout Trainer, epoch: Double, since before: inout Double) throws {
        trainer.evaluate()
        let snapshot = trainer.snapshot()
        // A step on a finite batch loss can still leave non-finite weights
        // (a huge weight decay, say); the evaluation is where that shows,
        // and a "nan" in the table would hide it.
        if let bad = [snapshot.trainLoss, snapshot.testLoss].compactMap({ $0 }).first(where: { !$0.isFinite }) {
            throw CLIError("diverged: loss became \(bad.isNaN ? "NaN" : "infinite") in the evaluation after step \(trainer.stepCount)",
                           status: Self.divergedStatus)
        }
        print(EpochReport.line(format, epoch: epoch, seconds: trainer.trainingSeconds - before, snapshot: snapshot))
        before = trainer.trainingSeconds
        flushStandardOutput()
    }

    /// "# digits 1438/359 | 64-64-64-10 relu, softmax | auto init | adam lr 0.003, batch 32 mean | 8970 params"
    static func describe(_ trainer: Trainer) -> String {
        let c = trainer.configuration
        let d = trainer.dataset
        let shape = ([d.featureCount] + c.hiddenSizes + [d.classCount]).map(String.init).joined(separator: "-")
        let activations: String = c.hiddenLayers.isEmpty ? "no hidden layer"
            : (c.hasUniformActivation ? Array(c.activations.prefix(1)) : c.activations).map(\.name).joined(separator: ",")
        return "# \(d.name) \(d.trainCount)/\(d.testCount)\(c.standardizeInputs ? ", inputs z-scored" : "") | \(shape) \(activations), "
            + "\(c.output.rawValue)\(c.useBias ? "" : ", no bias") | \(c.initializer.name) init | "
            + "\(c.optimizer.rawValue) lr \(c.learningRate.value), batch \(trainer.batchSize) \(c.reduction.rawValue) | "
            + "\(trainer.network.parameterCount) params"
    }
}

func flushStandardOutput() {
    // nil flushes every stream, without touching the global `stdout`.
    fflush(nil)
}
