import Foundation
import Testing

/// `train`, `compare` and `export` on regression sets, input features and L1.
@Suite struct RegressionCommandTests {
    @Test func trainReportsRMSEAndRSquaredInEveryFormat() throws {
        let table = try BinaryRunner.run(["train", "--dataset", "abs", "--epochs", "2"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# abs 160/40 | 1-64-64-1 relu, linear, mse |") == true, "\(lines.first ?? "")")
        #expect(lines.dropFirst().first?.hasPrefix("epoch  seconds  train-rmse  test-rmse   train-R²  test-R²  dead%") == true)
        #expect(lines.count == 4)
        // As wide as a classification table.
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines)")
        let csv = try BinaryRunner.run(["train", "--dataset", "sin", "--epochs", "1", "--format", "csv"])
        let header = csv.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("epoch,seconds,train_loss,test_loss,train_rmse,test_rmse,train_r2,test_r2,"))
        let json = try BinaryRunner.run(["train", "--dataset", "plane", "--epochs", "1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rmse = try #require(object["test_rmse"] as? Double)
        let r2 = try #require(object["test_r2"] as? Double)
        let mse = try #require(object["test_loss"] as? Double)
        // RMSE is the root of the reported loss (to the printed digits).
        #expect(abs(rmse - mse.squareRoot()) < 1e-4 * max(1, rmse))
        #expect(r2 <= 1 && object["test_accuracy"] == nil)
    }

    @Test func aCSVWithRealLabelsIsRefusedWithoutTheTaskAndTrainedWithIt() throws {
        let path = NSTemporaryDirectory() + "actview-regression-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = "x,z,y\n"
        for i in 0..<40 { text += "\(i),\(i % 7),\(Double(i) * 0.25 + 1)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--epochs", "1"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "actview: \(path): label column has non-integer values (1.25 on line 3); for regression use --task regression\n")
        let trained = try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--task", "regression", "--epochs", "2"])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stdout.contains("| 2-64-64-1 relu, linear, mse |"))
    }

    @Test func compareTargetsRMSE() throws {
        let r = try BinaryRunner.run(["compare", "relu", "--dataset", "abs", "--target-rmse", "0.05", "--epochs", "20"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("# target: test RMSE ≤ 0.05"))
        let row = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(row.hasPrefix("relu") && row.contains("1/1"), "\(row)")
        let final = try BinaryRunner.run(["compare", "relu,tanh", "--dataset", "sin", "--epochs", "2"])
        #expect(final.stdout.contains("train-rmse  train-R²  test-rmse  test-R²"), "\(final.stdout)")
    }

    @Test func featuresAndL1ShowInTheHeader() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "circles", "--features", "x1^2,x2^2", "--hidden", "0",
                                      "--l1", "0.001", "--epochs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# circles 320/80 | features x1^2,x2^2 | 2-2 no hidden layer, softmax | auto init | adam lr 0.003, L1 0.001, batch 32 mean"),
                "\(r.stdout)")
    }

    @Test(arguments: [
        (["train", "--dataset", "spiral", "--features", "x1,x3"], "unknown input feature 'x3'; did you mean: x1, x2?"),
        (["train", "--dataset", "digits", "--features", "x1^2"], "are made from two inputs x1, x2; 'digits' has images"),
        (["train", "--dataset", "sin", "--task", "classification"], "'sin' is a regression set"),
        (["train", "--dataset", "xor", "--task", "regression"], "'xor' is a classification set"),
        (["train", "--dataset", "xor", "--task", "regresion"], "did you mean: regression?"),
        (["train", "--dataset", "xor", "--l1", "-1"], "the L1 penalty must be zero or positive"),
        (["train", "--dataset", "abs:classes=2"], "unknown parameter 'classes' for abs; known: n, noise"),
        (["compare", "relu", "--dataset", "abs", "--target-accuracy", "0.9"], "--target-accuracy is a classification target"),
        (["compare", "relu", "--dataset", "xor", "--target-rmse", "0.1"], "--target-rmse is a regression target"),
        (["export", "--to", "pytorch", "--dataset", "abs"], "regression (abs) is not exported"),
        (["export", "--to", "keras", "--dataset", "circles", "--features", "x1^2,x2^2"], "input features (--features x1^2,x2^2) is not exported"),
        (["export", "--to", "pytorch", "--dataset", "xor", "--l1", "0.01"], "the L1 penalty (--l1) is not exported"),
    ])
    func badInputIsOneLine(arguments: [String], fragment: String) throws {
        let r = try BinaryRunner.run(arguments + ["--epochs", "1"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true && r.stderr.contains(fragment), "\(r.stderr)")
    }
}
