import Foundation

/// MNIST (or a drop-in like Fashion-MNIST) from a directory of IDX files.
/// The t10k pair is used as the test set when present; otherwise the
/// training files are split.
enum MNISTDataset {
    static let classCount = 10

    static func load(directory: String, seed: UInt64, testFraction: Double) throws(DatasetError) -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw DatasetError("mnist: no such directory '\(directory)'")
        }
        guard isDirectory.boolValue else {
            throw DatasetError("mnist: '\(directory)' is not a directory; expected one holding train-images-idx3-ubyte[.gz]")
        }
        guard let trainImages = find("train-images", "idx3", in: directory) else {
            throw DatasetError("mnist: no train-images-idx3-ubyte[.gz] in '\(directory)'")
        }
        guard let trainLabels = find("train-labels", "idx1", in: directory) else {
            throw DatasetError("mnist: no train-labels-idx1-ubyte[.gz] in '\(directory)'")
        }
        let train = try Part(images: trainImages, labels: trainLabels)

        let testImages = find("t10k-images", "idx3", in: directory)
        let testLabels = find("t10k-labels", "idx1", in: directory)
        var test: Part?
        switch (testImages, testLabels) {
        case let (images?, labels?):
            let part = try Part(images: images, labels: labels)
            guard part.width == train.width, part.height == train.height else {
                throw DatasetError("\(images): images are \(part.width)×\(part.height) but the training images are \(train.width)×\(train.height)")
            }
            test = part
        case (nil, nil):
            test = nil
        case let (images?, nil):
            throw DatasetError("mnist: found \(images) but no t10k-labels-idx1-ubyte[.gz] beside it")
        case let (nil, labels?):
            throw DatasetError("mnist: found \(labels) but no t10k-images-idx3-ubyte[.gz] beside it")
        }

        let distinct = Set(train.labels)
        guard distinct.count >= 2 else {
            throw DatasetError("\(trainLabels): every label is \(train.labels.first ?? 0); need at least two classes")
        }
        let featureCount = train.width * train.height
        var dataset = Dataset(name: "mnist:\(directory)", featureCount: featureCount, classCount: classCount,
                              trainFeatures: [], trainLabels: [], testFeatures: [], testLabels: [],
                              imageSize: .init(width: train.width, height: train.height))
        if let test {
            dataset.trainFeatures = train.features
            dataset.trainLabels = train.labels
            dataset.testFeatures = test.features
            dataset.testLabels = test.labels
        } else {
            let split = DatasetSplit(features: train.features, labels: train.labels, featureCount: featureCount,
                                     classCount: classCount, testFraction: testFraction, seed: seed)
            dataset.trainFeatures = split.trainFeatures
            dataset.trainLabels = split.trainLabels
            dataset.testFeatures = split.testFeatures
            dataset.testLabels = split.testLabels
        }
        return dataset
    }

    /// `train-images-idx3-ubyte`, or the `train-images.idx3-ubyte` spelling
    /// some mirrors use, each plain or `.gz`.
    private static func find(_ stem: String, _ kind: String, in directory: String) -> String? {
        let base = URL(fileURLWithPath: directory)
        for name in ["\(stem)-\(kind)-ubyte", "\(stem).\(kind)-ubyte"] {
            for suffix in ["", ".gz"] {
                let path = base.appendingPathComponent(name + suffix).path
                if DatasetFile.isFile(path) { return path }
            }
        }
        return nil
    }

    /// One images/labels pair, checked against each other.
    private struct Part {
        var width: Int
        var height: Int
        var features: [Float]
        var labels: [Int32]

        init(images: String, labels labelsPath: String) throws(DatasetError) {
            let imageFile = try IDXReader(path: images, dimensionCount: 3)
            let labelFile = try IDXReader(path: labelsPath, dimensionCount: 1)
            let count = imageFile.dimensions[0]
            guard labelFile.dimensions[0] == count else {
                throw DatasetError("mnist: \(images) holds \(count) images but \(labelsPath) holds \(labelFile.dimensions[0]) labels")
            }
            if let bad = labelFile.elements.firstIndex(where: { Int($0) >= MNISTDataset.classCount }) {
                throw DatasetError("\(labelsPath): label \(labelFile.elements[bad]) at byte offset \(labelFile.headerSize + bad) is out of range 0..<\(MNISTDataset.classCount)")
            }
            height = imageFile.dimensions[1]
            width = imageFile.dimensions[2]
            // Pixels 0…255 scaled to [0, 1], as in the lecture.
            let table = (0...255).map { Float($0) / 255 }
            features = imageFile.elements.map { table[Int($0)] }
            labels = labelFile.elements.map(Int32.init)
        }
    }
}
