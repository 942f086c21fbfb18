import Foundation

/// MNIST (or a drop-in like Fashion-MNIST) from a directory of IDX files.
/// The t10k pair is used as the test set when present; otherwise the
/// training files are split.
enum MNISTDataset {
    static let classCount = 10

    /// The IDX files of a directory: training images and labels, and the
    /// t10k pair if present.
    struct Files {
        var trainImages: String
        var trainLabels: String
        var test: (images: String, labels: String)?

        init(directory: String) throws(DatasetError) {
            let kind: DatasetFile.FileKind
            do {
                kind = try DatasetFile.fileKind(directory)
            } catch {
                throw DatasetError(error.description.hasSuffix(": no such file")
                    ? "mnist: no such directory '\(directory)'" : "mnist: \(error.description)")
            }
            guard kind == .directory else {
                throw DatasetError("mnist: '\(directory)' is not a directory; expected one holding train-images-idx3-ubyte[.gz]")
            }
            guard let trainImages = find("train-images", "idx3", in: directory) else {
                throw DatasetError("mnist: no train-images-idx3-ubyte[.gz] in '\(directory)'")
            }
            guard let trainLabels = find("train-labels", "idx1", in: directory) else {
                throw DatasetError("mnist: no train-labels-idx1-ubyte[.gz] in '\(directory)'")
            }
            self.trainImages = trainImages
            self.trainLabels = trainLabels
            switch (find("t10k-images", "idx3", in: directory), find("t10k-labels", "idx1", in: directory)) {
            case let (images?, labels?):
                test = (images, labels)
            case (nil, nil):
                test = nil
            case let (images?, nil):
                throw DatasetError("mnist: found \(images) but no t10k-labels-idx1-ubyte[.gz] beside it")
            case let (nil, labels?):
                throw DatasetError("mnist: found \(labels) but no t10k-images-idx3-ubyte[.gz] beside it")
            }
        }
    }

    /// What loading the directory will take, from the IDX headers alone.
    /// Loading holds, per image file, its bytes as read (twice when gzip'd:
    /// the inflater keeps a copy), one byte per pixel as inflated and four
    /// as Float; without a t10k pair the split copies the Floats once more.
    static func footprint(directory: String, testFraction: Double) throws(DatasetError) -> DatasetFootprint {
        let files = try Files(directory: directory)
        let train = try IDXHeader(path: files.trainImages, dimensionCount: 3)
        let test = try files.test.map { files throws(DatasetError) in try IDXHeader(path: files.images, dimensionCount: 3) }
        func loading(_ header: IDXHeader) -> Double {
            Double(header.fileSize) * (header.isCompressed ? 2 : 1) + 5 * Double(header.elementCount)
                + 8 * Double(header.dimensions[0])
        }
        var bytes = loading(train) + (test.map(loading) ?? 0)
        let trainImages = train.dimensions[0]
        let pixels = train.dimensions[1] * train.dimensions[2]
        var shape = DatasetFootprint.Shape(trainCount: trainImages, testCount: test?.dimensions[0] ?? 0,
                                           featureCount: pixels, classCount: classCount)
        if test == nil {
            bytes += 4 * Double(train.elementCount) + 16 * Double(trainImages)
            shape.testCount = Int((Double(trainImages) * testFraction).rounded())
            shape.trainCount = trainImages - shape.testCount
        }
        let what = "mnist:\(directory) (\(train.declared) training" + (test.map { " and \($0.declared) test" } ?? "") + " images)"
        return DatasetFootprint(shape: shape, loading: MemorySize(bytes: bytes), description: what)
    }

    static func load(directory: String, seed: UInt64, testFraction: Double,
                     budget: MemoryBudget = .unlimited) throws(DatasetError) -> Dataset {
        let footprint = try footprint(directory: directory, testFraction: testFraction)
        // Refused from the headers, before a pixel is read or inflated.
        try footprint.check(against: budget)
        let files = try Files(directory: directory)
        let (trainImages, trainLabels) = (files.trainImages, files.trainLabels)
        let train = try Part(images: trainImages, labels: trainLabels)

        var test: Part?
        if let (images, labels) = files.test {
            let part = try Part(images: images, labels: labels)
            guard part.width == train.width, part.height == train.height else {
                throw DatasetError("\(images): images are \(part.width)×\(part.height) but the training images are \(train.width)×\(train.height)")
            }
            test = part
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
