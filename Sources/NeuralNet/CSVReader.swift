/// Numeric CSV files.
enum CSVDataset {
    static func load(path: String, seed: UInt64, testFraction: Double, labelColumn: Int) throws(DatasetError) -> Dataset {
        throw DatasetError("csv: loader not built yet")
    }
}
