extension DatasetSpec {
    /// The footprint of this set, read from headers and file sizes only.
    public func footprint(testFraction: Double = 0.2) throws(DatasetError) -> DatasetFootprint {
        switch self {
        case .synthetic(let shape, let parameters):
            // Points and labels as generated, then the split's copy and its
            // two permutations of Int.
            let n = Double(parameters.count)
            let test = Int((n * testFraction).rounded())
            return DatasetFootprint(
                shape: .init(trainCount: parameters.count - test, testCount: test, featureCount: shape.inputCount, classCount: parameters.classes),
                loading: MemorySize(bytes: 40 * n), description: "\(shape.rawValue) (\(parameters.count) points)")
        case .digits:
            let n = Double(DigitsDataset.imageCount), pixels = Double(DigitsDataset.side * DigitsDataset.side)
            let test = Int((n * testFraction).rounded())
            return DatasetFootprint(
                shape: .init(trainCount: DigitsDataset.imageCount - test, testCount: test,
                             featureCount: DigitsDataset.side * DigitsDataset.side, classCount: 10),
                loading: MemorySize(bytes: n * (8 * pixels + 24) + 200_000), description: "digits")
        case .mnist(let directory):
            return try MNISTDataset.footprint(directory: directory, testFraction: testFraction)
        case .csv(let path, _):
            // Until it is read, only the file's own bytes are known.
            let size = try DatasetFile.size(of: path)
            return DatasetFootprint(shape: nil, loading: MemorySize(bytes: Double(size)), description: "csv:\(path)")
        }
    }
}
