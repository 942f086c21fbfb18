import Datasets
import Activations
import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// The input-features keys and the regression sets in the explorer.
@Suite struct FeaturesAndRegressionTests {
    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    @Test func fStepsThroughTheFeatureSetsAndFStepsBack() throws {
        var e = try Explorer(options: ExplorerOptions())
        #expect(e.configuration.inputFeatures == .plain)
        let cycle = InputFeatures.explorerCycle
        for expected in cycle.dropFirst() + [cycle[0]] {
            let effects = try press(&e, "f")
            #expect(e.configuration.inputFeatures == expected)
            #expect(effects == [.startTraining(e.configuration, run: e.run)])
        }
        _ = try press(&e, "F")
        #expect(e.configuration.inputFeatures == cycle.last)
        // Same seed: the restart is fair.
        #expect(e.configuration.seed == TrainingConfiguration.explorerSeed)
        #expect(e.notice?.text.hasPrefix("features x1,x2,x1^2,x2^2,x1x2,sin(x1),sin(x2) (new initial weights") == true)
    }

    @Test func fDoesNothingButSaySoOffThePlane() throws {
        var e = try Explorer(options: ExplorerOptions(dataset: .digits))
        #expect(try press(&e, "f").isEmpty)
        #expect(e.configuration.inputFeatures == .plain)
        #expect(e.notice?.text == "input features need a 2-D data set (x1, x2)")
    }

    @Test func theDataSetKeyReachesTheRegressionSetsAndLeavesFeaturesBehind() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "f")
        var seen: [String] = []
        for _ in DatasetSpec.builtIn {
            _ = try press(&e, "d")
            seen.append(e.configuration.dataset.description)
            #expect(e.configuration.task == (e.configuration.dataset.intrinsicTask ?? .classification))
            try e.configuration.validate()
        }
        #expect(Set(seen) == Set(DatasetSpec.builtIn.map(\.description)))
    }

    /// The heat map's diverging scale: 0 in the middle, ±scale at the ends,
    /// beyond clamped, a non-finite prediction left empty.
    @Test func predictionLevelsDivergeAroundZero() {
        #expect(RegressionPlot.level(0, scale: 2) == 3)
        #expect(RegressionPlot.level(-2, scale: 2) == 0 && RegressionPlot.level(2, scale: 2) == 6)
        #expect(RegressionPlot.level(-50, scale: 2) == 0 && RegressionPlot.level(50, scale: 2) == 6)
        #expect(RegressionPlot.level(1, scale: 2) == 5 && RegressionPlot.level(-0.2, scale: 2) == 3)
        #expect(RegressionPlot.level(.nan, scale: 2) == nil && RegressionPlot.level(.infinity, scale: 2) == nil)
        #expect(RegressionPlot.levelSymbols.count == RegressionPlot.levelCount)
    }

    @Test func aRaceCyclesThroughTheClassificationSetsOnly() throws {
        var e = try Explorer(options: ExplorerOptions(preset: .race))
        #expect(e.race != nil)
        var seen: Set<String> = []
        for _ in DatasetSpec.builtIn {
            _ = try press(&e, "d")
            seen.insert(e.configuration.dataset.kindName)
            #expect(e.configuration.task == .classification)
        }
        #expect(seen == ["digits", "spiral", "xor", "circles", "moons", "gaussians"])
    }

    @Test func aRegressionRunShowsRMSEAndRSquaredAndItsFit() throws {
        var d = try HeadlessDriver(options: ExplorerOptions(dataset: .synthetic(.abs), showsTiming: false),
                                   computePath: .reference)
        try d.train(steps: 50)
        let text = d.render(width: 120, height: 40).plainText()
        #expect(text.contains("RMSE: train ") && text.contains("R²: train "))
        #expect(!text.contains("accuracy"))
        #expect(text.contains("Data: abs") && text.contains("data ⠤ fit"))
    }

    @Test func metricsOfARegressionRunAreRMSEAndRSquared() throws {
        var e = try Explorer(options: ExplorerOptions(dataset: .synthetic(.sin)))
        var snapshot = TrainingSnapshot()
        snapshot.task = .regression
        snapshot.history = [EvaluationRecord(step: 5, epoch: 1, seconds: 0, trainLoss: 0.04, testLoss: 0.09,
                                             trainAccuracy: .nan, testAccuracy: .nan, trainRMSE: 0.2, testRMSE: 0.3,
                                             trainR2: 0.9, testR2: 0.8)]
        snapshot.run = e.run
        _ = e.update(.training(snapshot))
        let lines = e.metricsCSV().split(separator: "\n")
        #expect(lines.first == "run,activation,step,epoch,seconds,train_loss,test_loss,train_rmse,test_rmse,train_r2,test_r2")
        #expect(lines.dropFirst().first == "1,relu,5,1.0,0.0,0.04,0.09,0.2,0.3,0.9,0.8")
    }
}
