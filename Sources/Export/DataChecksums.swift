import CZlib
import Datasets

/// CRC-32s of a data set's arrays as actview holds them (Float32 features,
/// Int32 labels, in memory order), so a script that rebuilds the data can
/// tell whether it got exactly actview's numbers.
public struct DataChecksums: Sendable, Hashable {
    public let trainFeatures: UInt32
    public let trainLabels: UInt32
    public let testFeatures: UInt32
    public let testLabels: UInt32

    public init(_ dataset: Dataset) {
        trainFeatures = Self.crc32(dataset.trainFeatures)
        trainLabels = Self.crc32(dataset.trainLabels)
        testFeatures = Self.crc32(dataset.testFeatures)
        testLabels = Self.crc32(dataset.testLabels)
    }

    /// zlib's CRC-32 (the one Python's `zlib.crc32` computes) of the bytes.
    public static func crc32<T>(_ values: [T]) -> UInt32 {
        values.withUnsafeBytes { buffer -> UInt32 in
            var crc = CZlib.crc32(0, nil, 0)
            var offset = 0
            // zlib takes a 32-bit length.
            while offset < buffer.count {
                let count = Swift.min(buffer.count - offset, 1 << 30)
                crc = CZlib.crc32(crc, buffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self),
                                  UInt32(count))
                offset += count
            }
            return UInt32(crc)
        }
    }
}
