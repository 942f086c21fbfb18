import Foundation
import Testing

@Suite struct TrainCompareTests {
    @Test func trainPrintsATableLinePerEpoch() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "moons", "--hidden", "8", "--epochs", "3", "--seed", "4"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# moons ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("epoch  seconds  train-loss  test-loss") == true)
        #expect(lines.dropFirst().first?.contains("zig%") == true)
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
                + "dead_1,saturated_1,grad_norm_1,zigzag_1,dead_2,saturated_2,grad_norm_2,zigzag_2,grad_norm_out")
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

    @Test(arguments: ["0", "none"])
    func trainWithoutHiddenLayersIsSoftmaxRegression(hidden: String) throws {
        let r = try BinaryRunner.run(["train", "--dataset", "gaussians", "--hidden", hidden, "--epochs", "2", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy,grad_norm_out")
        #expect(lines.count == 3)
        let table = try BinaryRunner.run(["train", "--dataset", "gaussians", "--hidden", hidden, "--epochs", "1"])
        #expect(table.stdout.hasPrefix("# gaussians 320/80 | 2-2 no hidden layer, softmax"), "\(table.stdout)")
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
        ["--preset", "nope"], ["--param", "alpha"], ["--lr", "relu=0.1"],
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
        #expect(lines[header].contains("params") && lines[header].contains("spread") && lines[header].contains("×epochs"))
        let rows = lines[(header + 1)...]
        #expect(rows.map { $0.split(separator: " ").first.map(String.init) } == ["relu", "tanh"])
        #expect(rows.allSatisfy { $0.contains("/2") })
    }

    /// The paper's protocol: a rate per activation, tuned over a grid,
    /// toward a training-accuracy target; every row names its rate.
    @Test func compareTunesEachActivationsRate() throws {
        let r = try BinaryRunner.run(["compare", "relu,tanh", "--dataset", "gaussians", "--hidden", "8", "--optimizer", "sgd",
                                      "--epochs", "4", "--tune-lr", "0.0001,0.1", "--target-train-accuracy", "0.9",
                                      "--repeats", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("target: train accuracy ≥ 0.9") })
        let tuned = lines.filter { $0.hasPrefix("# tune ") }
        #expect(tuned.count == 2)
        #expect(tuned.allSatisfy { $0.contains("0.0001 not reached") && $0.contains("0.1 ") }, "\(tuned)")
        let header = try #require(lines.firstIndex { $0.hasPrefix("activation") })
        let rows = lines[(header + 1)...].map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0.first } == ["relu", "tanh"])
        // name, params, lr, reached: each at 0.1, the rate that got there.
        #expect(rows.allSatisfy { $0.count > 3 && $0[2] == "0.1" && $0[3] == "2/2" }, "\(rows)")
    }

    /// With `--init auto` ReLU gets He and tanh Glorot whatever the order;
    /// the ReLU row is the same listed first or second (seconds aside).
    @Test func compareRowsDoNotDependOnTheOrder() throws {
        func reluRow(_ names: String) throws -> [String] {
            let r = try BinaryRunner.run(["compare", names, "--dataset", "moons", "--hidden", "16,16", "--init", "auto",
                                          "--epochs", "3", "--target-train-accuracy", "0.85", "--repeats", "2"])
            #expect(r.status == 0, "\(r.stderr)")
            let row = r.stdout.split(separator: "\n").first { $0.hasPrefix("relu ") }
            return Array((row ?? "").split(separator: " ").map(String.init).prefix(6))
        }
        let first = try reluRow("relu,tanh")
        #expect(first.count == 6)
        #expect(try reluRow("tanh,relu") == first)
    }

    @Test func compareWithoutATargetPrintsFinalMetrics() throws {
        let r = try BinaryRunner.run(["compare", "relu,maxout", "--dataset", "xor", "--hidden", "8", "--epochs", "1",
                                      "--test-fraction", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("relu ") || $0.hasPrefix("maxout ") }.map { $0.split(separator: " ").map(String.init) }
        // 2 inputs, 8 units, 2 classes; maxout's hidden weights twice over. No test split: "-", never nan.
        #expect(rows.map { $0[1] } == ["42", "66"])
        #expect(rows.allSatisfy { $0.suffix(2) == ["-", "-"] }, "\(rows)")
        #expect(!r.stdout.contains("nan"))
    }

    /// Ctrl-C: the rows finished so far, one "interrupted" line, status 130.
    @Test func compareStopsOnControlC() throws {
        // ReLU meets the target at its first check; sigmoid at a tiny rate
        // never does and would train for a very long time.
        let r = try BinaryRunner.runInterrupted(
            ["compare", "relu,sigmoid", "--dataset", "digits", "--optimizer", "sgd", "--lr", "relu=0.1,sigmoid=0.000001",
             "--target-train-accuracy", "0.5", "--epochs", "100000"],
            afterOutput: "# target:", delay: 1.5)
        #expect(r.status == 130, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ").first.map(String.init) }
        #expect(rows == ["activation", "relu"], "\(r.stdout)")
        #expect(r.stderr == "actview: interrupted: 1 of 2 activations finished\n")
    }

    @Test(arguments: [
        ["relu,nope"], ["relu", "--target-accuracy", "2"], ["relu", "--target-loss", "-1"],
        ["relu", "--target-accuracy", "0.5", "--target-loss", "1"], ["relu", "--repeats", "0"], [","],
        ["relu", "--target-accuracy", "0.9", "--test-fraction", "0"], ["relu", "--target-loss", "1", "--test-fraction", "0"],
        ["relu", "--target-train-accuracy", "0.9", "--target-accuracy", "0.9"], ["relu", "--tune-lr", "0.1"],
        ["relu", "--tune-lr", "1..0.1/3", "--target-loss", "1"], ["relu", "--tune-lr", "0.1,0.2", "--lr", "0.1", "--target-loss", "1"],
        ["relu,tanh", "--lr", "relu=0.1"], ["relu", "--lr", "relu=0.1,relu=0.2"], ["relu,relu"], ["relu", "--checks-per-epoch", "0"],
    ])
    func badCompareOptionsAreOneLineErrors(arguments: [String]) throws {
        let r = try BinaryRunner.run(["compare"] + arguments + ["--dataset", "xor", "--epochs", "1"])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }
}
