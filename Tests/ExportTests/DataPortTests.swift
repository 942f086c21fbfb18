import Datasets
@testable import Export
import Foundation
import NeuralNet
import Testing

/// The exported scripts' data section is plain Python: run here with the
/// standard library alone, it must rebuild every data set bit for bit
/// (CRC-32s of the Float32 features and Int32 labels, train and test) and
/// draw the trainer's order of examples, for the same seed.
@Suite struct DataPortTests {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actview-dataport-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A CSV with a header, quotes, blanks, hex and exponent numbers, text labels.
    static let textCSV: String = {
        let url = directory.appendingPathComponent("text.csv")
        let rows = ["a, b ,c,label", "1.5,2,\"3\",cat", " 2.5 ,-1,0x1p2,dog", "", "3,4e1,5,cat", "1,1,1,bird",
                    "2,2,2,dog", "0,0,0,bird", "7,.5,3.,cat", "6,6,6,dog", "5,-2.25,1e-3,bird"]
        try? Data((rows.joined(separator: "\r\n") + "\n").utf8).write(to: url)
        return url.path
    }()

    /// Integer labels in the first column, which sort numerically (10 after 9).
    static let numericCSV: String = {
        let url = directory.appendingPathComponent("numeric.csv")
        var rows: [String] = []
        var random = SeededRandom(seed: 5)
        for i in 0..<60 {
            rows.append("\([9, 10, -3][i % 3]),\(random.uniform(-5, 5)),\(Float(random.normal())),7")
        }
        try? Data(rows.joined(separator: "\n").utf8).write(to: url)
        return url.path
    }()

    static var cases: [(String, UInt64, Double, Int?)] {
        [
            ("spiral", 1, 0.2, nil), ("spiral:classes=3,n=301,noise=0.2", 9, 0.2, nil), ("xor", 4, 0.25, nil),
            ("circles:classes=4", 2, 0.2, nil), ("moons:noise=0", 3, 0.1, nil), ("gaussians:classes=5,n=97", 8, 0.5, nil),
            ("digits", 1, 0.2, nil), ("digits", 77, 0.35, nil),
            ("csv:" + textCSV, 1, 0.3, nil), ("csv:" + numericCSV, 6, 0.2, 0),
        ]
    }

    @Test(arguments: cases)
    func pythonRebuildsActviewsData(_ text: String, _ seed: UInt64, _ testFraction: Double, _ labelColumn: Int?) throws {
        var configuration = TrainingConfiguration.commandLineDefault
        configuration.dataset = try ConfigurationParser.dataset(text)
        if case .csv(let path, _) = configuration.dataset { configuration.dataset = .csv(path: path, labelColumn: labelColumn) }
        configuration.seed = seed
        configuration.testFraction = testFraction
        configuration.hiddenSizes = [4]
        let dataset = try Dataset.load(configuration.dataset, seed: seed, testFraction: testFraction)
        let trainer = try Trainer(configuration: configuration, dataset: dataset, threads: 1)
        let run = ExportedRun(trainer: trainer, sameStart: true, command: "test")
        let section = PythonDataSection(run: run)
        let program = section.imports.map { "import \($0)" }.joined(separator: "\n") + "\nimport zlib\nfrom array import array\n"
            + "SEED = \(seed)\n" + section.constants + "\n\n" + section.code + """


            x, y, tx, ty = load_data()
            print(zlib.crc32(x.tobytes()), zlib.crc32(array("i", y).tobytes()),
                  zlib.crc32(tx.tobytes()), zlib.crc32(array("i", ty).tobytes()))
            order = SeededRandom(SEED ^ \(PythonLiteral.hex(Trainer.orderStreamSalt)))
            print(zlib.crc32(array("i", order.permutation(len(y))).tobytes()))
            """
        let output = try Python.run(program)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map { $0.split(separator: " ").compactMap { UInt32($0) } }
        let checksums = DataChecksums(dataset)
        #expect(lines.first == [checksums.trainFeatures, checksums.trainLabels, checksums.testFeatures, checksums.testLabels],
                "\(text): the Python port rebuilt different data")
        var generator = Trainer.orderGenerator(seed: seed)
        let order = DataChecksums.crc32(generator.permutation(dataset.trainCount).map { Int32($0) })
        #expect(lines.dropFirst().first == [order], "\(text): the Python port drew a different order")
    }
}
