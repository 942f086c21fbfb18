import Datasets
import Foundation
import Testing
@testable import NeuralNet

/// `--task`, `--features` and the version 2 keys of the JSON form.
@Suite struct TaskAndFeaturesParsingTests {
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func featuresParseInAnyOrderAndSpelling() throws {
        #expect(try ConfigurationParser.inputFeatures("x1,x2") == .plain)
        #expect(try ConfigurationParser.inputFeatures(" X2 , x1² ,sin(x1), x1*x2") == [.x2, .x1Squared, .sinX1, .x1x2])
        #expect(try ConfigurationParser.inputFeatures("x2sq,sinx2") == [.x2Squared, .sinX2])
        #expect(try ConfigurationParser.inputFeatures("all") == .all)
        #expect(try ConfigurationParser.inputFeatures(InputFeatures.all.spelling) == .all)
    }

    @Test(arguments: [
        ("x3", "unknown input feature 'x3'; did you mean: x1, x2?"),
        ("x1,,x2", "--features expects names like x1,x2,x1^2"),
        ("x1,x1", "--features names x1 twice"),
        ("sin(x3)", "unknown input feature 'sin(x3)'; did you mean: sin(x1), sin(x2)?"),
    ])
    func badFeaturesAreOneLineWithTheClosestNames(text: String, expected: String) {
        let error = message { _ = try ConfigurationParser.inputFeatures(text) }
        #expect(error?.hasPrefix(expected) == true, "\(error ?? "no error")")
    }

    @Test func taskParsesAndSuggests() throws {
        #expect(try ConfigurationParser.task("Regression") == .regression)
        let error = message { _ = try ConfigurationParser.task("regresion") }
        #expect(error == "unknown task 'regresion'; did you mean: regression?")
    }

    @Test func regressionDatasetParametersAreNAndNoise() throws {
        let spec = try ConfigurationParser.dataset("abs:n=50,noise=0")
        #expect(spec == .synthetic(.abs, SyntheticParameters(count: 50, noise: 0, classes: 1)))
        #expect(spec.description == "abs:n=50,noise=0.0")
        let error = message { _ = try ConfigurationParser.dataset("sin:classes=3") }
        #expect(error == "unknown parameter 'classes' for sin; known: n, noise")
        #expect(message { _ = try ConfigurationParser.dataset("cubic:n=1") }?.contains("need at least 2 points") == true)
    }

    static var samples: [TrainingConfiguration] {
        var sin = TrainingConfiguration.commandLineDefault
        sin.dataset = .synthetic(.sin, SyntheticParameters(count: 80, noise: 0.05, classes: 1))
        var csv = TrainingConfiguration.commandLineDefault
        csv.dataset = .csv(path: "/tmp/prices.csv", labelColumn: 2)
        csv.task = .regression
        var features = TrainingConfiguration.explorerDefault
        features.dataset = .synthetic(.circles)
        features.inputFeatures = [.x1Squared, .x2Squared, .sinX2]
        features.l1Penalty = 0.001
        return [sin, csv, features]
    }

    @Test(arguments: samples)
    func theNewKeysRoundTrip(_ configuration: TrainingConfiguration) throws {
        let data = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(TrainingConfiguration.self, from: data) == configuration)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        // A set that decides its own task needs no version 2 key.
        let expected = configuration.dataset.kindName == "sin" ? 1 : 2
        #expect(object["version"] as? Int == expected)
    }

    @Test func versionTwoKeysAreReadAndRefusedInAVersionOneFile() throws {
        let text = #"{"version": 2, "dataset": "moons", "layers": [], "features": "x1^2,x2^2", "l1": 0.01}"#
        let c = try JSONDecoder().decode(TrainingConfiguration.self, from: Data(text.utf8))
        #expect(c.inputFeatures == [.x1Squared, .x2Squared] && c.l1Penalty == 0.01 && c.task == .classification)
        let old = #"{"version": 1, "dataset": "moons", "layers": [], "l1": 0.01}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TrainingConfiguration.self, from: Data(old.utf8)) }
        let wrongTask = #"{"version": 2, "dataset": "abs", "layers": [], "task": "classification"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TrainingConfiguration.self, from: Data(wrongTask.utf8)) }
        // A version 1 file without the keys still reads: classification, plain inputs, no L1.
        let plain = #"{"version": 1, "dataset": "sin", "layers": []}"#
        let sin = try JSONDecoder().decode(TrainingConfiguration.self, from: Data(plain.utf8))
        #expect(sin.task == .regression && sin.inputFeatures == .plain && sin.l1Penalty == 0)
    }
}
