/// MNIST's IDX files.
enum MNISTDataset {
    static func load(directory: String, seed: UInt64, testFraction: Double) throws(DatasetError) -> Dataset {
        throw DatasetError("mnist: loader not built yet")
    }
}
