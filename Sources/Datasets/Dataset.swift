import Foundation

/// A data set split into train and test parts, as the trainer consumes it:
/// features row-major in `Float`, labels as class indices. A regression set
/// has one "class" (every label 0) and a real target per example.
public struct Dataset: Sendable, Equatable {
    /// The pixel grid when the features are an image.
    public struct ImageSize: Sendable, Hashable {
        public var width: Int
        public var height: Int

        public init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }
    }

    /// What was loaded: "digits", "spiral", "spiral:n=800", "mnist:/path", "csv:/path".
    public var name: String
    public var featureCount: Int
    public var classCount: Int
    /// Row-major, `trainCount × featureCount`.
    public var trainFeatures: [Float]
    /// Class indices in `0..<classCount`.
    public var trainLabels: [Int32]
    public var testFeatures: [Float]
    public var testLabels: [Int32]
    /// Width × height when the features are an image (8×8 digits, 28×28 MNIST); nil otherwise.
    public var imageSize: ImageSize?
    /// One display name per class, index = label.
    public var classNames: [String]
    /// Classes or numbers.
    public var task: LearningTask
    /// Regression targets, one per example (empty for classification).
    public var trainTargets: [Float]
    public var testTargets: [Float]

    public init(name: String, featureCount: Int, classCount: Int,
                trainFeatures: [Float], trainLabels: [Int32],
                testFeatures: [Float], testLabels: [Int32],
                imageSize: ImageSize? = nil, classNames: [String]? = nil,
                task: LearningTask = .classification, trainTargets: [Float] = [], testTargets: [Float] = []) {
        self.name = name
        self.featureCount = featureCount
        self.classCount = classCount
        self.trainFeatures = trainFeatures
        self.trainLabels = trainLabels
        self.testFeatures = testFeatures
        self.testLabels = testLabels
        self.imageSize = imageSize
        self.classNames = classNames ?? (0..<classCount).map(String.init)
        self.task = task
        self.trainTargets = trainTargets
        self.testTargets = testTargets
    }

    public var trainCount: Int { trainLabels.count }
    public var testCount: Int { testLabels.count }

    /// A 2-D set the data pane can draw.
    public var isPlanar: Bool { featureCount == 2 }

    /// Loads `spec`, deterministically for a given seed. `testFraction`
    /// applies when the source has no split of its own.
    ///
    /// Feature scales: the 2-D sets lie in [−1 − 3·noise, 1 + 3·noise]²;
    /// digits and MNIST pixels in [0, 1]; CSV columns are z-scored with the
    /// training part's statistics.
    ///
    /// `budget` bounds what loading may take: MNIST is refused from its
    /// headers, a CSV file as its values are counted, before the memory is
    /// spent.
    ///
    /// `task` decides how a CSV file's label column is read (classes, or
    /// real targets); every other set has its own task.
    public static func load(_ spec: DatasetSpec, seed: UInt64 = 0, testFraction: Double = 0.2,
                            budget: MemoryBudget = .unlimited,
                            task: LearningTask = .classification) throws(DatasetError) -> Dataset {
        guard testFraction.isFinite, testFraction >= 0, testFraction < 1 else {
            throw DatasetError("test fraction must be at least 0 and below 1, got \(testFraction)")
        }
        switch spec {
        case .digits:
            return try DigitsDataset.load(seed: seed, testFraction: testFraction)
        case .mnist(let directory):
            return try MNISTDataset.load(directory: directory, seed: seed, testFraction: testFraction, budget: budget)
        case .csv(let path, let labelColumn):
            return try CSVDataset.load(path: path, seed: seed, testFraction: testFraction,
                                       labelColumn: labelColumn ?? -1, budget: budget, task: task)
        case .synthetic(let shape, let parameters):
            return SyntheticDatasets.make(shape, parameters: parameters, seed: seed,
                                          testFraction: testFraction, name: spec.description)
        }
    }

    /// Parses `text` as a `DatasetSpec` and loads it; `labelColumn` picks
    /// the CSV label column (negative counts from the end, default last).
    public static func load(_ text: String, seed: UInt64 = 0, testFraction: Double = 0.2,
                            labelColumn: Int? = nil) throws(DatasetError) -> Dataset {
        var spec = try DatasetSpec(parsing: text)
        if case .csv(let path, _) = spec { spec = .csv(path: path, labelColumn: labelColumn) }
        return try load(spec, seed: seed, testFraction: testFraction)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
