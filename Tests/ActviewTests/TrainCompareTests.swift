import Foundation
import Testing

@Suite struct TrainCompareTests {
    @Test func trainPrintsATableLinePerEpoch() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "moons", "--hidden", "8", "--epochs", "3", "--seed", "4"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# moons ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("epoch  seconds  train-loss  test-loss") == true)
        let epochs = lines.dropFirst(2)
        #expect(epochs.count == 3)
        #expect(epochs.map { $0.split(separator: " ").first.map(String.init) } == ["1", "2", "3"])
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test func noHiddenLayerIsSoftmaxRegression() throws {
        for spelling in ["none", ""] {
            let r = try BinaryRunner.run(["train", "--dataset", "digits", "--hidden", spelling, "--epochs", "2",
                                          "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").first
                    == "epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy,grad_norm_out")
        }
        let table = try BinaryRunner.run(["train", "--dataset", "digits", "--hidden", "none", "--epochs", "1"])
        // 64 inputs and a bias into each of 10 classes.
        #expect(table.stdout.hasPrefix("# digits 1438/359 | 64-10 no hidden layer, softmax") == true, "\(table.stdout)")
        #expect(table.stdout.contains("| 650 params"))
    }

    @Test func standardizeIsAFlagOfTrainAndCompare() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "digits", "--hidden", "8", "--epochs", "1", "--standardize"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# digits 1438/359, inputs z-scored | "), "\(r.stdout)")
        let c = try BinaryRunner.run(["compare", "relu,tanh", "--dataset", "xor", "--hidden", "4", "--epochs", "1",
                                      "--standardize"])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("inputs z-scored"), "\(c.stdout)")
    }

    @Test func evaluationsWithinAnEpochPrintALineEach() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "digits", "--hidden", "8", "--epochs", "2",
                                      "--evaluations-per-epoch", "3", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        // 45 steps an epoch, every 15: 0.33, 0.67, then the epoch's end.
        let epochs = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
        #expect(epochs == ["0.33", "0.67", "1", "1.33", "1.67", "2"])
        // A preset's own rate (race: 4) is for the explorer; train keeps to epochs.
        let preset = try BinaryRunner.run(["train", "--preset", "race", "--epochs", "1", "--format", "csv"])
        #expect(preset.stdout.split(separator: "\n").count == 2, "\(preset.stdout)")
    }

    @Test func trainWritesCSVWithHeader() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "xor", "--hidden", "8,4", "--activation", "tanh,relu",
                                      "--epochs", "2", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy,"
                + "dead_1,saturated_1,grad_norm_1,dead_2,saturated_2,grad_norm_2,grad_norm_out")
        #expect(lines.count == 3)
        let columns = lines.first!.split(separator: ",").count
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == columns)
            #expect(fields.dropFirst().allSatisfy { Double($0) != nil })
        }
    }

    @Test func trainWritesJSONLines() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "circles", "--hidden", "6", "--activation", "prelu",
                                      "--epochs", "2", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for (index, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["epoch"] as? Int == index + 1)
            let layers = object?["layers"] as? [[String: Any]]
            #expect(layers?.count == 1)
            #expect(layers?.first?["alpha"] != nil)
        }
    }

    @Test func divergenceExitsWithStatusThree() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "spiral", "--activation", "relu", "--optimizer", "sgd",
                                      "--lr", "1000", "--epochs", "5"])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("actview: diverged: ") == true)
    }

    @Test(arguments: [
        ["--activation", "nope"], ["--init", "nope"], ["--optimizer", "nope"], ["--dataset", "nope"],
        ["--lr", "0"], ["--lr", "-1"], ["--batch", "-1"], ["--hidden", "8,,8"], ["--hidden", "8,0"],
        ["--epochs", "0"], ["--output", "tanh"], ["--reduction", "median"], ["--format", "xml"],
        ["--preset", "nope"], ["--param", "alpha"],
    ])
    func badTrainOptionsAreOneLineErrors(arguments: [String]) throws {
        let r = try BinaryRunner.run(["train", "--dataset", "xor", "--epochs", "1"] + arguments)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }

    @Test func comparePrintsOneRowPerActivation() throws {
        let r = try BinaryRunner.run(["compare", "relu,tanh", "--dataset", "gaussians", "--hidden", "8",
                                      "--epochs", "3", "--target-accuracy", "0.5", "--repeats", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("activation") })
        #expect(lines[header].contains("epochs-to-target"))
        let rows = lines[(header + 1)...]
        #expect(rows.map { $0.split(separator: " ").first.map(String.init) } == ["relu", "tanh"])
        #expect(rows.allSatisfy { $0.contains("/2") })
    }

    @Test(arguments: [
        ["relu,nope"], ["relu", "--target-accuracy", "2"], ["relu", "--target-loss", "-1"],
        ["relu", "--target-accuracy", "0.5", "--target-loss", "1"], ["relu", "--repeats", "0"], [","],
    ])
    func badCompareOptionsAreOneLineErrors(arguments: [String]) throws {
        let r = try BinaryRunner.run(["compare"] + arguments + ["--dataset", "xor", "--epochs", "1"])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }
}
