import Foundation

/// The bundled 8×8 handwritten digits.
enum DigitsDataset {
    static func load(seed: UInt64, testFraction: Double) throws(DatasetError) -> Dataset {
        throw DatasetError("digits: loader not built yet")
    }
}
