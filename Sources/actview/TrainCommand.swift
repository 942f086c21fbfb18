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
            Zigzag share (zig%): the \
            lecture's zigzag, per example — of the latest step's non-zero updates δⱼ·x of a unit's \
            incoming weights (one per example and unit of the layer above a hidden layer), the share \
            whose non-zero components all have one sign, as they do whenever the layer's outputs x \
            are all positive (sigmoid, ReLU); pooled over the layers in the table, per layer in csv \
            and json.
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
        if let rates = options.learningRates, rates.single == nil {
            throw CLIError("train takes one --lr; rates per activation (relu=0.3) are for compare")
        }
        let configuration = try options.configuration(activations: activation)
        let dataset = try options.loadDataset(for: configuration)
        var trainer = try Trainer(configuration: configuration, dataset: dataset)
        // From here on Ctrl-C ends the run after the current step, with the
        // rows printed so far and a last line that says where it stopped.
        ProcessSignals.deferInterruptions()
        if format == .table { print(Self.describe(trainer)) }
        if let header = EpochReport.header(format, hiddenLayers: configuration.hiddenSizes.count,
                                                task: configuration.task) { print(header) }
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
                try stopIfInterrupted(trainer, epoch: epoch, progress: &progress)
                let done = Double(epoch - 1) + Double(step) / Double(steps)
                progress.draw(label: "epoch \(epoch)/\(configuration.epochs)", fraction: done / Double(configuration.epochs),
                              secondsSoFar: trainer.trainingSeconds)
                // Only when asked for: a preset's own rate is for the explorer's curves.
                let within = trainer.completedEpochs < epoch && options.evaluationsPerEpoch.map { $0 > 1 } == true
                if within, !trainer.hasDiverged, schedule.isDue(for: trainer) {
                    progress.clear()
                    _ = try report(&trainer, epoch: trainer.epochProgress, since: &before)
                    schedule.evaluated(atStep: trainer.stepCount)
                }
            }
            progress.clear()
            if case .diverged(let reason) = trainer.state {
                throw CLIError("diverged: \(reason)", status: Self.divergedStatus)
            }
            let snapshot = try report(&trainer, epoch: Double(epoch), since: &before)
            schedule.evaluated(atStep: trainer.stepCount)
            if epoch == 1, let warning = Self.stillWeightsWarning(trainer, snapshot: snapshot) {
                writeStandardError("actview: \(warning)\n")
            }
            try stopIfInterrupted(trainer, epoch: epoch + 1, progress: &progress)
        }
    }

    /// Evaluates and prints one line; `before` is the training time at the
    /// previous line. Returns the evaluation.
    private func report(_ trainer: inout Trainer, epoch: Double, since before: inout Double) throws -> TrainingSnapshot {
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
        return snapshot
    }

    /// After Ctrl-C (or SIGTERM, SIGHUP): the rows printed so far stand, and
    /// one more line says where training stopped; exit 128 + n. In CSV and
    /// JSON the line goes to stderr, so the output stays machine-readable.
    private func stopIfInterrupted(_ trainer: Trainer, epoch: Int, progress: inout ProgressLine) throws {
        guard let signal = ProcessSignals.pendingInterruption else { return }
        progress.clear()
        let epochs = trainer.configuration.epochs
        let place = epoch > epochs ? "after the last epoch" : "in epoch \(epoch) of \(epochs)"
        let line = "interrupted at step \(trainer.stepCount), \(place)"
        if format == .table {
            print("# " + line)
            flushStandardOutput()
        } else {
            flushStandardOutput()
            writeStandardError("actview: \(line)\n")
        }
        throw ExitCode(128 + signal)
    }

    /// A learning rate so small that, in Float32, a whole epoch left every
    /// weight exactly as it was, although the gradients were not zero:
    /// measured, not guessed from the rate.
    static func stillWeightsWarning(_ trainer: Trainer, snapshot: TrainingSnapshot) -> String? {
        let gradients = snapshot.layers.map(\.gradientNorm) + [snapshot.outputGradientNorm]
        guard gradients.contains(where: { $0 > 0 }), trainer.network.hasSameWeights(as: trainer.initialNetwork) else {
            return nil
        }
        return "learning rate \(trainer.learningRate.value) changed no weight in epoch 1: in Float32 each step "
            + "(rate × gradient) is below half the spacing of the numbers around every weight; raise --lr"
    }

    /// "# digits 1438/359 | 64-64-64-10 relu, softmax | auto init | adam lr 0.003, batch 32 mean | 8970 params"
    static func describe(_ trainer: Trainer) -> String {
        let c = trainer.configuration
        let d = trainer.dataset
        let shape = ([d.featureCount] + c.hiddenSizes + [d.classCount]).map(String.init).joined(separator: "-")
        let activations: String = c.hiddenLayers.isEmpty ? "no hidden layer"
            : (c.hasUniformActivation ? Array(c.activations.prefix(1)) : c.activations).map(\.name).joined(separator: ",")
        return "# \(d.printableName) \(d.trainCount)/\(d.testCount)\(c.standardizeInputs ? ", inputs z-scored" : "")"
            + "\(c.inputFeatures == .plain ? "" : " | features \(c.inputFeatures.spelling)") | \(shape) \(activations), "
            + "\(c.outputDescription)\(c.useBias ? "" : ", no bias") | \(c.initializer.name) init | "
            + "\(c.optimizer.rawValue) lr \(c.learningRate.value)\(c.l1Penalty > 0 ? ", L1 \(c.l1Penalty)" : ""), "
            + "batch \(trainer.batchSize) \(c.reduction.rawValue) | \(trainer.network.parameterCount) params"
    }
}

func flushStandardOutput() {
    // nil flushes every stream, without touching the global `stdout`.
    fflush(nil)
}
