import Foundation
@testable import Datasets

/// A fresh directory under the system temp dir, for files a test writes.
struct FixtureDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "actview-data-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let target = file(name)
        // Unlink first: on ext4, truncating a file that has data forces a
        // flush on close, which makes hundreds of fuzz rewrites slow.
        unlink(target)
        guard let handle = fopen(target, "wb") else { throw CocoaError(.fileWriteUnknown) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard fclose(handle) == 0, written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return target
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// IDX files built byte by byte, as the format describes them.
enum IDXFixture {
    /// Header (two zero bytes, type, dimension count, big-endian sizes) then `elements`.
    static func file(type: UInt8 = 0x08, dimensions: [UInt32], elements: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, type, UInt8(dimensions.count)]
        for size in dimensions {
            bytes += [UInt8(size >> 24), UInt8((size >> 16) & 0xFF), UInt8((size >> 8) & 0xFF), UInt8(size & 0xFF)]
        }
        return bytes + elements
    }

    /// Pixel `p` of image `i`: a pattern that differs per image and per position.
    static func pixel(_ i: Int, _ p: Int) -> UInt8 { UInt8((i * 37 + p * 11) % 256) }

    static func images(count: Int, rows: Int, columns: Int, offset: Int = 0) -> [UInt8] {
        let elements = (0..<count).flatMap { i in (0..<(rows * columns)).map { pixel(i + offset, $0) } }
        return file(dimensions: [UInt32(count), UInt32(rows), UInt32(columns)], elements: elements)
    }

    static func labels(_ values: [UInt8]) -> [UInt8] {
        file(dimensions: [UInt32(values.count)], elements: values)
    }

    /// Labels cycle 0…9 so every class appears.
    static func cyclingLabels(count: Int, offset: Int = 0) -> [UInt8] {
        labels((0..<count).map { UInt8(($0 + offset) % 10) })
    }

    /// A complete MNIST-style directory; `gzip` compresses every file and adds `.gz`.
    static func writeSet(in directory: FixtureDirectory, train: Int = 40, test: Int? = 20,
                         rows: Int = 4, columns: Int = 3, gzip: Bool = false) throws {
        func put(_ bytes: [UInt8], _ name: String) throws {
            if gzip {
                try directory.write(Gzip.compress(bytes), to: name + ".gz")
            } else {
                try directory.write(bytes, to: name)
            }
        }
        try put(images(count: train, rows: rows, columns: columns), "train-images-idx3-ubyte")
        try put(cyclingLabels(count: train), "train-labels-idx1-ubyte")
        if let test {
            try put(images(count: test, rows: rows, columns: columns, offset: 1000), "t10k-images-idx3-ubyte")
            try put(cyclingLabels(count: test, offset: 3), "t10k-labels-idx1-ubyte")
        }
    }
}

extension DatasetError {
    /// Loads and returns the error, or nil when loading succeeded.
    static func from(_ body: () throws(DatasetError) -> Dataset) -> DatasetError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}

extension Dataset {
    /// Samples per class over train and test together.
    var classTotals: [Int] {
        var totals = Array(repeating: 0, count: classCount)
        for label in trainLabels + testLabels { totals[Int(label)] += 1 }
        return totals
    }
}
