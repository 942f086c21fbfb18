import Foundation

/// Where a data set's numbers come from, for code that rebuilds them
/// elsewhere (the exported Python scripts).
extension Dataset {
    /// What the stratified train/test split mixes into the seed: the split
    /// draws from a stream of its own (see `DatasetSplit`).
    public static let splitStreamSalt: UInt64 = 0x5EED_0F5B_1175_0000

    /// The bundled digits file (gzip'd CSV: 64 pixels 0–16, then the label),
    /// or nil when the installation lacks it.
    public static var bundledDigitsPath: String? {
        Bundle.module.url(forResource: "digits.csv", withExtension: "gz")?.path
    }
}
