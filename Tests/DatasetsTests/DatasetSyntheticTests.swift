import Foundation
import Testing
@testable import Datasets

@Suite("2-D data sets")
struct DatasetSyntheticTests {
    @Test("each built-in 2-D set is planar, balanced, split 80/20 and within its stated scale",
          arguments: ["spiral", "xor", "circles", "moons", "gaussians"])
    func defaults(name: String) throws {
        let data = try Dataset.load(name, seed: 7)
        let noise = name == "spiral" ? 0.05 : 0.1
        #expect(data.isPlanar)
        #expect(data.featureCount == 2)
        #expect(data.classCount == 2)
        #expect(data.imageSize == nil)
        #expect(data.trainCount + data.testCount == 400)
        #expect(data.testCount == 80)
        #expect(data.trainFeatures.count == data.trainCount * 2)
        #expect(data.testFeatures.count == data.testCount * 2)
        #expect(data.classTotals == [200, 200])
        // Stratified: the test set is balanced too.
        #expect(data.testLabels.filter { $0 == 0 }.count == 40)
        let bound = Float(1 + 3 * noise)
        let all = data.trainFeatures + data.testFeatures
        #expect(all.allSatisfy { $0.isFinite && abs($0) <= bound })
        // Not collapsed: the points fill a good part of the stated square.
        let xs = stride(from: 0, to: all.count, by: 2).map { all[$0] }
        #expect((xs.max()! - xs.min()!) > 1)
    }

    @Test("parameters set size, noise and class count; classes stay balanced")
    func parameters() throws {
        let data = try Dataset.load("spiral:n=301,noise=0,classes=3", seed: 1, testFraction: 0.1)
        #expect(data.classCount == 3)
        #expect(data.classNames == ["0", "1", "2"])
        #expect(data.classTotals == [101, 100, 100])
        #expect(data.trainCount + data.testCount == 301)
        // Without noise a spiral arm stays inside the unit disc.
        let all = data.trainFeatures + data.testFeatures
        for i in stride(from: 0, to: all.count, by: 2) {
            #expect(all[i] * all[i] + all[i + 1] * all[i + 1] <= 1.0001)
        }
        let spaced = try Dataset.load(" gaussians : classes=5 , n=50 ", seed: 1)
        #expect(spaced.classCount == 5)
        #expect(spaced.classTotals == [10, 10, 10, 10, 10])
    }

    @Test("noise-free shapes have the geometry their names promise")
    func geometry() throws {
        func points(_ spec: String) throws -> [(x: Float, y: Float, label: Int32)] {
            let data = try Dataset.load(spec, seed: 3)
            let features = data.trainFeatures + data.testFeatures
            return (data.trainLabels + data.testLabels).enumerated().map {
                (features[2 * $0.offset], features[2 * $0.offset + 1], $0.element)
            }
        }
        for p in try points("xor:noise=0") {
            // Class 0 in the first and third quadrants, at least 0.1 off the axes.
            #expect((p.x * p.y > 0) == (p.label == 0))
            #expect(abs(p.x) >= 0.1 && abs(p.y) >= 0.1)
        }
        for p in try points("circles:noise=0") {
            let r = (p.x * p.x + p.y * p.y).squareRoot()
            #expect(p.label == 0 ? r <= 0.5001 : (r >= 0.5999 && r <= 1.0001))
        }
        for p in try points("moons:noise=0") {
            #expect(abs(p.x) <= 1.0001 && abs(p.y) <= 0.5001)
        }
        let clusters = try points("gaussians:noise=0,classes=4")
        for c in Int32(0)..<4 {
            let members = clusters.filter { $0.label == c }
            let meanX = members.map(\.x).reduce(0, +) / Float(members.count)
            let meanY = members.map(\.y).reduce(0, +) / Float(members.count)
            let angle = 2 * Float.pi * Float(c) / 4 + Float.pi / 4
            #expect(abs(meanX - 0.5 * cos(angle)) < 0.06)
            #expect(abs(meanY - 0.5 * sin(angle)) < 0.06)
        }
    }

    @Test("the same seed gives identical sets; another seed does not")
    func determinism() throws {
        for name in SyntheticShape.allCases.map(\.rawValue) {
            let a = try Dataset.load(name, seed: 42)
            let b = try Dataset.load(name, seed: 42)
            let c = try Dataset.load(name, seed: 43)
            #expect(a == b)
            #expect(a.trainFeatures != c.trainFeatures)
        }
    }

    @Test("bad specs give one line that says what is wrong", arguments: [
        ("foo", "unknown dataset 'foo'; known: digits, spiral, xor, circles, moons, gaussians, sin, abs, step, cubic, plane, multigauss, mnist:DIR, csv:PATH"),
        ("spiral:size=3", "unknown parameter 'size' for spiral; known: n, noise, classes"),
        ("spiral:n", "malformed parameter 'n' for spiral; expected key=value (n, noise, classes)"),
        ("spiral:n=abc", "bad parameter 'n=abc' for spiral: n must be an integer from 1 to 1000000"),
        ("spiral:n=0", "bad parameter 'n=0' for spiral: n must be an integer from 1 to 1000000"),
        ("spiral:n=5,classes=3", "bad parameter 'n=5' for spiral: need at least 6 points for 3 classes"),
        ("xor:classes=3", "bad parameter 'classes=3' for xor: classes must be exactly 2"),
        ("spiral:classes=9", "bad parameter 'classes=9' for spiral: classes must be from 2 to 8"),
        ("moons:noise=2", "bad parameter 'noise=2' for moons: noise must be a number from 0 to 1"),
        ("moons:noise=nan", "bad parameter 'noise=nan' for moons: noise must be a number from 0 to 1"),
        ("circles:n=10,n=20", "parameter 'n' given twice for circles"),
        ("circles:n=10,", "empty parameter in 'circles:n=10,'"),
        ("digits:n=5", "dataset 'digits' takes no parameters, got 'n=5'"),
        ("mnist", "dataset 'mnist' needs a directory: mnist:DIR"),
        ("csv:", "dataset 'csv' needs a file: csv:PATH"),
    ])
    func badSpecs(spec: String, message: String) {
        let error = DatasetError.from { () throws(DatasetError) in try Dataset.load(spec) }
        #expect(error?.description == message)
    }

    @Test("a test fraction outside [0, 1) is refused; 0 leaves the test set empty")
    func testFraction() throws {
        for bad in [-0.1, 1, 1.5, Double.nan] {
            let error = DatasetError.from { () throws(DatasetError) in try Dataset.load("xor", testFraction: bad) }
            #expect(error?.description.hasPrefix("test fraction must be at least 0 and below 1") == true)
        }
        let all = try Dataset.load("xor", testFraction: 0)
        #expect(all.testCount == 0 && all.trainCount == 400)
        // Every class keeps a training sample even when nearly all goes to test.
        let most = try Dataset.load("xor:n=10", testFraction: 0.99)
        #expect(Set(most.trainLabels) == [0, 1])
    }

    @Test("the picker's names all load")
    func builtInNames() throws {
        #expect(DatasetSpec.builtIn.map(\.description) == ["digits", "spiral", "xor", "circles", "moons", "gaussians",
                                                           "sin", "abs", "step", "cubic", "plane", "multigauss"])
        #expect(try Dataset.load("XOR").name == "xor")
        #expect(try Dataset.load("spiral:n=40").name == "spiral:n=40")
    }
}
