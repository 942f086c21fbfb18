import Foundation

/// The bundled 8×8 handwritten digits (UCI "Optical Recognition of
/// Handwritten Digits", CC BY 4.0): 1797 images, 64 pixels valued 0–16, the
/// label last. Small enough to ship, so a classroom needs no download.
enum DigitsDataset {
    static let resourceName = "digits.csv.gz"
    static let side = 8
    static let maximumPixel = 16
    static let imageCount = 1797

    static func load(seed: UInt64, testFraction: Double) throws(DatasetError) -> Dataset {
        split(try bundled.get(), seed: seed, testFraction: testFraction)
    }

    /// Parsed once per process: switching back to digits in the explorer
    /// should not inflate and parse the file again.
    private static let bundled = Result { () throws(DatasetError) -> Table in
        guard let url = Bundle.module.url(forResource: "digits.csv", withExtension: "gz") else {
            throw DatasetError("digits: the bundled \(resourceName) is missing from the installation")
        }
        return try table(DatasetFile.contents(of: url.path), source: resourceName)
    }

    /// All images in file order, before the split.
    struct Table: Sendable {
        var features: [Float]
        var labels: [Int32]
    }

    static func parse(_ bytes: [UInt8], source: String, seed: UInt64, testFraction: Double) throws(DatasetError) -> Dataset {
        split(try table(bytes, source: source), seed: seed, testFraction: testFraction)
    }

    /// Checks the exact format, so a damaged install names the bad line.
    static func table(_ bytes: [UInt8], source: String) throws(DatasetError) -> Table {
        let featureCount = side * side
        var features: [Float] = []
        features.reserveCapacity(imageCount * featureCount)
        var labels: [Int32] = []
        try CSVReader(bytes: bytes, source: source).forEachRecord { (line: Int, record: CSVRecord) throws(DatasetError) in
            guard record.count == featureCount + 1 else {
                throw DatasetError("\(source):\(line): expected \(featureCount + 1) fields, found \(record.count)")
            }
            for column in 0..<featureCount {
                guard let value = Int(record.text(column)), (0...maximumPixel).contains(value) else {
                    throw DatasetError("\(source):\(line): column \(column + 1): \(DatasetFile.quoted(record.text(column))) is not a pixel value 0–\(maximumPixel)")
                }
                features.append(Float(value) / Float(maximumPixel))
            }
            guard let label = Int32(record.text(featureCount)), (0...9).contains(label) else {
                throw DatasetError("\(source):\(line): column \(featureCount + 1): \(DatasetFile.quoted(record.text(featureCount))) is not a digit label 0–9")
            }
            labels.append(label)
        }
        guard Set(labels).count >= 2 else {
            throw DatasetError(labels.isEmpty ? "\(source): empty file (no rows)" : "\(source): only one class; need at least two")
        }
        return Table(features: features, labels: labels)
    }

    private static func split(_ table: Table, seed: UInt64, testFraction: Double) -> Dataset {
        let featureCount = side * side
        let split = DatasetSplit(features: table.features, labels: table.labels, featureCount: featureCount,
                                 classCount: 10, testFraction: testFraction, seed: seed)
        return Dataset(name: "digits", featureCount: featureCount, classCount: 10,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels,
                       imageSize: .init(width: side, height: side))
    }
}
