import Datasets
import Activations
import ArgumentParser
import Explorer
import ExplorerRuntime
import Foundation
import Kernels
import NeuralNet
import TermPlot

/// `actview bench`: how fast the pieces behind "live" are on this machine —
/// the lecture net's matrix products, every activation pass, a training
/// epoch and one explorer frame. Medians of repeated runs; `Benchmarks/run.sh`
/// sets the same numbers against numpy's.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure matrix products, activation passes, a training epoch and an explorer frame.",
        discussion: """
            GFLOP/s counts 2·m·n·k per product. The fp32 peak is an assumption from /proc/cpuinfo \
            (cores × clock × vector lanes × 2 FMA units × 2). Activation passes run on one thread \
            over 2^20 floats; "scalar" marks kinds without a vector form. Training: the lecture's \
            784-1000-10 sigmoid net, batch 128, mean reduction, SGD at 0.1, on a synthetic \
            MNIST-format set of 10 000 images. Agreement: one epoch of the same training on the fast \
            and on the reference kernels, from the same weights.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Flag(help: "Fewer repetitions and one training epoch: done in a few seconds.")
    var quick = false

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    func run() throws {
        let plan = Plan(quick: quick)
        var report = Report(machine: Machine.detect(), quick: quick)
        report.products = Self.measureProducts(plan)
        report.activations = Self.measureActivations(plan)
        report.training = try Self.measureTraining(plan)
        report.agreement = try Self.measureAgreement(plan)
        report.frame = try Self.measureFrame(plan)
        report.networkPane = try Self.measureNetworkPane(plan)
        switch format {
        case .table: print(report.table())
        case .json: print(try report.json())
        }
    }

    // MARK: - Plan

    /// Repetition counts and time budgets; `--quick` trades precision for time.
    struct Plan {
        var quick: Bool
        /// Wall time spent per product shape, before taking the median.
        var productBudget: Double { quick ? 0.04 : 0.3 }
        var vectorRepetitions: Int { quick ? 3 : 9 }
        var scalarRepetitions: Int { quick ? 1 : 3 }
        var epochs: Int { quick ? 1 : 3 }
        var frames: Int { quick ? 5 : 30 }
        var agreementExamples: Int { quick ? 256 : 1024 }
    }

    // MARK: - Matrix products

    struct Product: Codable {
        var name: String
        var batch: Int
        var transA: String
        var transB: String
        var m: Int, n: Int, k: Int
        var seconds: Double
        var gflops: Double
    }

    /// The six products of one training step of the 784-1000-10 net, as
    /// the trainer issues them (weights stored inputs × outputs).
    static func productShapes(batch b: Int) -> [(String, Transpose, Transpose, Int, Int, Int)] {
        [
            ("X·W1 (forward 1)", .none, .none, b, 1000, 784),
            ("A1·W2 (forward 2)", .none, .none, b, 10, 1000),
            ("D2·W2ᵀ (back 2)", .none, .transposed, b, 1000, 10),
            ("D1·W1ᵀ (back 1)", .none, .transposed, b, 784, 1000),
            ("A1ᵀ·D2 (grad W2)", .transposed, .none, 1000, 10, b),
            ("Xᵀ·D1 (grad W1)", .transposed, .none, 784, 1000, b),
        ]
    }

    static func measureProducts(_ plan: Plan) -> [Product] {
        let multiplier = MatrixMultiplier()
        var random = SeededRandom(seed: 2012)
        var results: [Product] = []
        for batch in [128, 512] {
            for (name, transA, transB, m, n, k) in productShapes(batch: batch) {
                let a = (0..<(m * k)).map { _ in Float.random(in: -1...1, using: &random) }
                let b = (0..<(k * n)).map { _ in Float.random(in: -1...1, using: &random) }
                var c = [Float](repeating: 0, count: m * n)
                let lda = transA == .none ? k : m
                let ldb = transB == .none ? n : k
                let once = {
                    multiplier.multiply(transA, transB, m: m, n: n, k: k, alpha: 1, a: a, lda: lda, b: b, ldb: ldb,
                                        beta: 0, c: &c, ldc: n)
                }
                let seconds = medianSeconds(budget: plan.productBudget, minimum: 5, once)
                results.append(Product(name: name, batch: batch,
                                       transA: transA == .none ? "N" : "T", transB: transB == .none ? "N" : "T",
                                       m: m, n: n, k: k, seconds: seconds, gflops: 2.0 * Double(m * n * k) / seconds / 1e9))
            }
        }
        return results
    }

    // MARK: - Activation passes

    struct ActivationTiming: Codable {
        var name: String
        var vectorized: Bool
        var forwardNanoseconds: Double
        var derivativeNanoseconds: Double
    }

    static let activationCount = 1 << 20

    static func measureActivations(_ plan: Plan) -> [ActivationTiming] {
        var random = SeededRandom(seed: 1998)
        let count = activationCount
        let input = (0..<count).map { _ in Float.random(in: -5...5, using: &random) }
        var output = [Float](repeating: 0, count: count)
        let ones = [Float](repeating: 1, count: count)
        var delta = ones
        var results: [ActivationTiming] = []
        for kind in ActivationKind.allCases {
            let activation = Activation(kind)
            let vectorized = ActivationKernels.isVectorized(kind)
            let repetitions = vectorized ? plan.vectorRepetitions : plan.scalarRepetitions
            var forward: [Double] = [], backward: [Double] = []
            for _ in 0..<repetitions {
                forward.append(seconds {
                    ActivationKernels.forward(activation, input: input, bias: nil, rows: 1, columns: count,
                                              preactivation: nil, output: &output)
                })
                // A fresh delta each time: repeated products with f′ < 1
                // would sink into subnormals and time those instead.
                delta.withUnsafeMutableBufferPointer { target in
                    ones.withUnsafeBufferPointer { source in
                        target.baseAddress!.update(from: source.baseAddress!, count: count)
                    }
                }
                backward.append(seconds {
                    ActivationKernels.multiplyByDerivative(activation, preactivation: input, delta: &delta, count: count)
                })
            }
            results.append(ActivationTiming(
                name: kind.rawValue, vectorized: vectorized,
                forwardNanoseconds: median(forward) / Double(count) * 1e9,
                derivativeNanoseconds: median(backward) / Double(count) * 1e9))
        }
        return results
    }

    // MARK: - Training

    struct Training: Codable {
        var examples: Int
        var epochs: Int
        var secondsPerEpoch: Double
        var finalLoss: Double?
    }

    struct Agreement: Codable {
        var examples: Int
        /// Largest per-layer ‖W_fast − W_reference‖ / ‖W_reference‖.
        var weightDistance: Double
        /// |loss_fast − loss_reference| / loss_reference.
        var lossDifference: Double
    }

    /// The lecture's net as the numpy peer trains it: batch 128, mean
    /// reduction, plain SGD at 0.1.
    static func lectureConfiguration() throws -> TrainingConfiguration {
        var configuration = TrainingPreset.lecture.configuration
        configuration.batchSize = 128
        configuration.reduction = .mean
        configuration.learningRate = 0.1
        configuration.optimizer = .sgd
        return configuration
    }

    static func measureTraining(_ plan: Plan) throws -> Training {
        var configuration = try lectureConfiguration()
        configuration.epochs = plan.epochs
        let dataset = syntheticMNIST(train: 10_000, test: 1_000, seed: 7)
        var trainer = try Trainer(configuration: configuration, dataset: dataset)
        for _ in 0..<plan.epochs { trainer.runEpoch() }
        return Training(examples: dataset.trainCount, epochs: plan.epochs,
                        secondsPerEpoch: trainer.trainingSeconds / Double(plan.epochs),
                        finalLoss: trainer.snapshot().trainLoss)
    }

    /// One epoch of the same lecture-net training on the fast kernels and on
    /// the plain reference ones, from the same weights and data order: how
    /// far apart the two end (the reference is a triple loop, so the set is
    /// small).
    static func measureAgreement(_ plan: Plan) throws -> Agreement {
        let configuration = try lectureConfiguration()
        let dataset = syntheticMNIST(train: plan.agreementExamples, test: 100, seed: 11)
        var fast = try Trainer(configuration: configuration, dataset: dataset, computePath: .fast)
        var reference = try Trainer(configuration: configuration, dataset: dataset, computePath: .reference)
        while fast.completedEpochs < 1 { fast.step() }
        while reference.completedEpochs < 1 { reference.step() }
        fast.evaluate()
        reference.evaluate()
        let fastLoss = fast.snapshot().trainLoss ?? .nan, referenceLoss = reference.snapshot().trainLoss ?? .nan
        return Agreement(examples: dataset.trainCount,
                         weightDistance: fast.network.relativeDistance(to: reference.network),
                         lossDifference: abs(fastLoss - referenceLoss) / abs(referenceLoss))
    }

    /// MNIST-shaped data (28×28 pixels scaled to 0...1, ten classes): each
    /// class a random template, each image its class blended with another
    /// class plus noise, so the net has something to learn.
    static func syntheticMNIST(train: Int, test: Int, seed: UInt64) -> Dataset {
        var random = SeededRandom(seed: seed)
        let pixels = 784
        let templates = (0..<10).map { _ in (0..<pixels).map { _ in Float.random(in: 0...255, using: &random) } }
        func make(_ count: Int) -> ([Float], [Int32]) {
            var features = [Float](repeating: 0, count: count * pixels)
            var labels = [Int32](repeating: 0, count: count)
            for i in 0..<count {
                let label = Int.random(in: 0..<10, using: &random)
                let other = Int.random(in: 0..<10, using: &random)
                labels[i] = Int32(label)
                for p in 0..<pixels {
                    let value = 0.55 * templates[label][p] + 0.45 * templates[other][p] + Float.random(in: -70...70, using: &random)
                    features[i * pixels + p] = min(max(value, 0), 255) / 255
                }
            }
            return (features, labels)
        }
        let (trainFeatures, trainLabels) = make(train)
        let (testFeatures, testLabels) = make(test)
        return Dataset(name: "synthetic-mnist", featureCount: pixels, classCount: 10,
                       trainFeatures: trainFeatures, trainLabels: trainLabels,
                       testFeatures: testFeatures, testLabels: testLabels,
                       imageSize: Dataset.ImageSize(width: 28, height: 28))
    }

    // MARK: - Explorer frame

    struct Frame: Codable {
        var width: Int
        var height: Int
        var buildMilliseconds: Double
        var ansiMilliseconds: Double
    }

    /// One frame as the live loop makes it: the explorer's view built into
    /// a cell buffer, then encoded as terminal text.
    static func measureFrame(_ plan: Plan) throws -> Frame {
        var driver = try HeadlessDriver(options: ExplorerOptions())
        try driver.train(steps: 30)
        var build: [Double] = [], encode: [Double] = []
        for _ in 0..<plan.frames {
            var screen: Screen?
            build.append(seconds { screen = driver.render(width: 200, height: 60) })
            var text = ""
            encode.append(seconds { text = screen?.ansiText() ?? "" })
            if text.isEmpty { throw CLIError("bench: the explorer rendered an empty frame") }
        }
        return Frame(width: 200, height: 60, buildMilliseconds: median(build) * 1e3, ansiMilliseconds: median(encode) * 1e3)
    }

    // MARK: - Network pane

    struct NetworkPaneCost: Codable {
        var layers: Int
        var units: Int
        var columns: Int
        var rows: Int
        var tileMilliseconds: Double
        /// Wall-clock seconds per round.
        var seconds: Double
        var stepsPerSecondWithTiles: Double
        var stepsPerSecondWithoutTiles: Double
        /// 1 − with/without: the share of training speed the tiles cost.
        var slowdown: Double
    }

    /// The unit tiles of a 6×8 ReLU net on the spiral at 60×40, computed
    /// alone; then the explorer's default run trained flat out by the live
    /// worker with and without the tiles, in alternating rounds, each from
    /// the same start (steps per wall-clock second, medians).
    static func measureNetworkPane(_ plan: Plan) throws -> NetworkPaneCost {
        var deep = TrainingConfiguration.explorerDefault
        deep.hiddenLayers = Array(repeating: HiddenLayer(units: 8, activation: LayerActivation(.relu)), count: 6)
        let spiral = try Dataset.load(deep.dataset, seed: deep.seed)
        var trainer = try Trainer(configuration: deep, dataset: spiral)
        for _ in 0..<50 { trainer.step() }
        var tiles: UnitTiles?
        let tileSeconds = medianSeconds(budget: plan.quick ? 0.1 : 0.5, minimum: 10) {
            tiles = trainer.unitTiles(columns: 60, rows: 40)
        }
        guard tiles?.values.count == 6 else { throw CLIError("bench: the unit tiles were not computed") }

        // The live worker itself, flat out, for a fixed time: its
        // evaluations on the explorer's schedule (4 an epoch of 10 steps)
        // and the tiles as it redraws them.
        var c = TrainingConfiguration.explorerDefault
        c.epochs = 100_000
        let data = try Dataset.load(c.dataset, seed: c.seed)
        let start = try Trainer(configuration: c, dataset: data,
                                threads: max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
        let seconds = plan.quick ? 0.5 : 2.0
        func run(tiles: Bool) -> Double {
            var t = start
            t.drawsUnitTiles = tiles
            let session = TrainingSession(trainer: t)
            session.setPace(stepsPerSecond: nil)
            session.start()
            session.resume()
            Thread.sleep(forTimeInterval: 0.2)
            let first = session.latestSnapshot.step, began = ContinuousClock.now
            Thread.sleep(forTimeInterval: seconds)
            let steps = session.latestSnapshot.step - first, elapsed = ContinuousClock.now - began
            session.cancel()
            _ = session.waitForExit(timeout: 5)
            return Double(steps) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        var with: [Double] = [], without: [Double] = []
        for _ in 0..<(plan.quick ? 2 : 5) {
            without.append(run(tiles: false))
            with.append(run(tiles: true))
        }
        let fast = median(without), slow = median(with)
        return NetworkPaneCost(layers: 6, units: 8, columns: 60, rows: 40, tileMilliseconds: tileSeconds * 1e3, seconds: seconds,
                               stepsPerSecondWithTiles: slow, stepsPerSecondWithoutTiles: fast, slowdown: 1 - slow / fast)
    }

    // MARK: - Timing

    static func seconds(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Runs `body` once to warm up, then for about `budget` seconds (at
    /// least `minimum` times), and returns the median time of one run.
    static func medianSeconds(budget: Double, minimum: Int, _ body: () -> Void) -> Double {
        let first = seconds(body)
        let count = max(minimum, min(2_000, Int(budget / max(first, 1e-7))))
        return median((0..<count).map { _ in seconds(body) })
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

// MARK: - Machine

extension BenchCommand {
    /// What the machine says about itself, and the fp32 peak assumed from it.
    struct Machine: Codable {
        var cores: Int
        var model: String
        var megahertz: Double?
        var vectorLanes: Int
        var hasFMA: Bool
        var assumedPeakGFLOPS: Double?

        static func detect() -> Machine {
            let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            func field(_ name: String) -> String? {
                for line in info.split(separator: "\n") where line.hasPrefix(name) {
                    if let colon = line.firstIndex(of: ":") {
                        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                }
                return nil
            }
            let flags = Set((field("flags") ?? "").split(separator: " ").map(String.init))
            let lanes = flags.contains("avx512f") ? 16 : (flags.contains("avx2") || flags.contains("avx") ? 8 : 4)
            let fma = flags.contains("fma")
            let megahertz = field("cpu MHz").flatMap(Double.init)
            let cores = ProcessInfo.processInfo.activeProcessorCount
            // Two FMA pipes per core, each lane a multiply and an add per cycle;
            // without FMA, one multiply and one add pipe.
            let flopsPerCycle = Double(lanes) * (fma ? 4 : 2)
            let peak = megahertz.map { Double(cores) * $0 / 1000 * flopsPerCycle }
            return Machine(cores: cores, model: field("model name") ?? "unknown", megahertz: megahertz,
                           vectorLanes: lanes, hasFMA: fma, assumedPeakGFLOPS: peak)
        }
    }
}

// MARK: - Report

extension BenchCommand {
    struct Report: Codable {
        var machine: Machine
        var quick: Bool
        var products: [Product] = []
        var activations: [ActivationTiming] = []
        var training: Training?
        var agreement: Agreement?
        var frame: Frame?
        var networkPane: NetworkPaneCost?

        func json() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }

        func table() -> String {
            var lines: [String] = []
            let clock = machine.megahertz.map { String(format: "%.0f MHz", $0) } ?? "unknown clock"
            lines.append("machine: \(machine.model), \(machine.cores) cores, \(clock)")
            if let peak = machine.assumedPeakGFLOPS {
                lines.append(String(
                    format: "assumed fp32 peak: %.0f GFLOP/s (%d cores × %@ × %d lanes × %@ — an assumption, not a measurement)",
                    peak, machine.cores, clock, machine.vectorLanes, machine.hasFMA ? "2 FMA units × 2" : "mul + add"))
            }
            lines.append("")
            lines.append("matrix products (784-1000-10 net)        m     n     k        ms   GFLOP/s" + (machine.assumedPeakGFLOPS == nil ? "" : "  of peak"))
            for p in products {
                var line = pad("b=\(p.batch) \(p.name) \(p.transA)\(p.transB)", 36)
                    + String(format: "%6d%6d%6d%10.3f%10.1f", p.m, p.n, p.k, p.seconds * 1e3, p.gflops)
                if let peak = machine.assumedPeakGFLOPS { line += String(format: "%8.0f%%", 100 * p.gflops / peak) }
                lines.append(line)
            }
            lines.append("")
            lines.append("activation passes, 2^20 floats, 1 thread   f ns/elem   f′ ns/elem")
            for a in activations {
                lines.append(pad(a.name + (a.vectorized ? "" : " (scalar)"), 40)
                             + String(format: "%12.2f%13.2f", a.forwardNanoseconds, a.derivativeNanoseconds))
            }
            if let training {
                lines.append("")
                lines.append(String(format: "training: lecture net 784-1000-10, batch 128, %d examples: %.3f s/epoch (mean over %d)",
                                    training.examples, training.secondsPerEpoch, training.epochs))
            }
            if let agreement {
                lines.append(String(
                    format: "fast against reference kernels, one lecture-net epoch on %d examples: weights %.2g apart (relative), loss %.2g",
                    agreement.examples, agreement.weightDistance, agreement.lossDifference))
            }
            if let frame {
                lines.append(String(format: "explorer frame %d×%d: build %.2f ms, ANSI text %.2f ms", frame.width, frame.height,
                                    frame.buildMilliseconds, frame.ansiMilliseconds))
            }
            if let pane = networkPane {
                lines.append(String(format: "network pane tiles, %d×%d units at %d×%d: %.2f ms per refresh", pane.layers, pane.units,
                                    pane.columns, pane.rows, pane.tileMilliseconds))
                // A negative slowdown is the machine's noise between rounds, not a speed-up.
                let change = pane.slowdown < 0
                    ? String(format: "%.1f%% faster with the tiles: no slower, within this run's noise", -100 * pane.slowdown)
                    : String(format: "%.1f%% slower with the tiles", 100 * pane.slowdown)
                lines.append(String(format: "explorer run at max pace (live worker, %.1f s rounds): %.0f steps/s with the tiles, %.0f without (",
                                    pane.seconds, pane.stepsPerSecondWithTiles, pane.stepsPerSecondWithoutTiles) + change + ")")
            }
            return lines.joined(separator: "\n")
        }

        private func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
        }
    }
}
