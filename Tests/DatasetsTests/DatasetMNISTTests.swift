import Foundation
import Testing
@testable import Datasets

@Suite("MNIST IDX files")
struct DatasetMNISTTests {
    @Test("a plain set with t10k files loads as written, pixels /255, rows×columns kept apart",
          arguments: [false, true])
    func loads(gzip: Bool) throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        try IDXFixture.writeSet(in: directory, train: 40, test: 20, rows: 4, columns: 3, gzip: gzip)
        let data = try Dataset.load("mnist:\(directory.path)")
        #expect(data.name == "mnist:\(directory.path)")
        #expect(data.featureCount == 12)
        #expect(data.imageSize == Dataset.ImageSize(width: 3, height: 4))
        #expect(data.classCount == 10)
        #expect(data.trainCount == 40 && data.testCount == 20)
        // The t10k files are the test set, in file order.
        #expect(data.trainLabels == (0..<40).map { Int32($0 % 10) })
        #expect(data.testLabels == (0..<20).map { Int32(($0 + 3) % 10) })
        for (i, value) in data.trainFeatures.enumerated() {
            #expect(value == Float(IDXFixture.pixel(i / 12, i % 12)) / 255)
        }
        #expect(data.testFeatures[0] == Float(IDXFixture.pixel(1000, 0)) / 255)
    }

    @Test("gzip and plain files give identical data; the dotted file names work too")
    func variants() throws {
        let plain = try FixtureDirectory(), packed = try FixtureDirectory(), dotted = try FixtureDirectory()
        defer { plain.remove(); packed.remove(); dotted.remove() }
        try IDXFixture.writeSet(in: plain)
        try IDXFixture.writeSet(in: packed, gzip: true)
        try dotted.write(IDXFixture.images(count: 40, rows: 4, columns: 3), to: "train-images.idx3-ubyte")
        try dotted.write(IDXFixture.cyclingLabels(count: 40), to: "train-labels.idx1-ubyte")
        try dotted.write(IDXFixture.images(count: 20, rows: 4, columns: 3, offset: 1000), to: "t10k-images.idx3-ubyte")
        try dotted.write(IDXFixture.cyclingLabels(count: 20, offset: 3), to: "t10k-labels.idx1-ubyte")
        var a = try Dataset.load("mnist:\(plain.path)")
        var b = try Dataset.load("mnist:\(packed.path)")
        var c = try Dataset.load("mnist:\(dotted.path)")
        a.name = ""; b.name = ""; c.name = ""
        #expect(a == b)
        #expect(a == c)
    }

    @Test("without t10k files the training files are split, stratified and seeded")
    func split() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        try IDXFixture.writeSet(in: directory, train: 100, test: nil)
        let data = try Dataset.load("mnist:\(directory.path)", seed: 1, testFraction: 0.3)
        #expect(data.trainCount == 70 && data.testCount == 30)
        #expect(data.classTotals == Array(repeating: 10, count: 10))
        #expect(Set(data.testLabels).count == 10)
        let again = try Dataset.load("mnist:\(directory.path)", seed: 1, testFraction: 0.3)
        let other = try Dataset.load("mnist:\(directory.path)", seed: 2, testFraction: 0.3)
        #expect(data == again)
        #expect(data.testFeatures != other.testFeatures)
    }

    /// Writes a valid set, lets `damage` replace files, and returns the load error.
    private func error(_ damage: (FixtureDirectory) throws -> Void) throws -> (String, DatasetError?) {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        try IDXFixture.writeSet(in: directory)
        try damage(directory)
        let error = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)") }
        return (directory.path, error)
    }

    @Test("bad files name the file and the byte offset")
    func badFiles() throws {
        let images = "train-images-idx3-ubyte", labels = "train-labels-idx1-ubyte"
        let valid = IDXFixture.images(count: 40, rows: 4, columns: 3)

        var (dir, e) = try error { try $0.write([0x08, 0x03] + valid.dropFirst(2), to: images) }
        #expect(e?.description == "\(dir)/\(images): not an IDX file: magic number 0x08030803 at byte 0 should start with 0x0000")

        (dir, e) = try error { try $0.write([0, 0, 0x0D] + valid.dropFirst(3), to: images) }
        #expect(e?.description == "\(dir)/\(images): unsupported IDX element type 0x0D at byte 2; only unsigned bytes (0x08) are supported")

        (dir, e) = try error { try $0.write(IDXFixture.labels([1, 2, 3]), to: images) }
        #expect(e?.description == "\(dir)/\(images): expected 3 dimensions but the header at byte 3 declares 1")

        (dir, e) = try error { try $0.write(Array(valid.dropLast(5)), to: images) }
        #expect(e?.description == "\(dir)/\(images): truncated at byte 491: expected 480 bytes for the 40×4×3 elements the header declares from byte 16")

        (dir, e) = try error { try $0.write(Array(valid.prefix(10)), to: images) }
        #expect(e?.description == "\(dir)/\(images): truncated at byte 10: expected 12 bytes for the IDX dimensions from byte 4")

        (dir, e) = try error { try $0.write([], to: images) }
        #expect(e?.description == "\(dir)/\(images): truncated at byte 0: expected 4 bytes for the IDX header from byte 0")

        (dir, e) = try error { try $0.write(valid + [1, 2], to: images) }
        #expect(e?.description == "\(dir)/\(images): 2 unexpected bytes after the declared data at byte 496; the header does not match the contents")

        (dir, e) = try error { try $0.write(IDXFixture.file(dimensions: [40, 0, 3], elements: []), to: images) }
        #expect(e?.description == "\(dir)/\(images): dimension 2 at byte 8 is 0; the file holds no data")

        (dir, e) = try error { try $0.write(IDXFixture.cyclingLabels(count: 39), to: labels) }
        #expect(e?.description == "mnist: \(dir)/\(images) holds 40 images but \(dir)/\(labels) holds 39 labels")

        (dir, e) = try error { try $0.write(IDXFixture.labels((0..<40).map { $0 == 17 ? 10 : UInt8($0 % 10) }), to: labels) }
        #expect(e?.description == "\(dir)/\(labels): label 10 at byte offset 25 is out of range 0..<10")

        (dir, e) = try error { try $0.write(IDXFixture.labels(Array(repeating: 4, count: 40)), to: labels) }
        #expect(e?.description == "\(dir)/\(labels): every label is 4; need at least two classes")

        (dir, e) = try error { try $0.write(IDXFixture.images(count: 20, rows: 3, columns: 4), to: "t10k-images-idx3-ubyte") }
        #expect(e?.description == "\(dir)/t10k-images-idx3-ubyte: images are 4×3 but the training images are 3×4")
    }

    @Test("a header declaring 2^31 images in a tiny file fails before allocating", arguments: [false, true])
    func hugeDeclaredSize(gzip: Bool) throws {
        let images = "train-images-idx3-ubyte"
        let bomb = IDXFixture.file(dimensions: [1 << 31, 28, 28], elements: Array(repeating: 7, count: 84))
        let (dir, e) = try error { try $0.write(gzip ? Gzip.compress(bomb) : bomb, to: images) }
        #expect(bomb.count == 100)
        #expect(e?.description == "\(dir)/\(images): header declares 2147483648×28×28 elements, more than the 1073741824-byte limit")
        // Within the cap but far beyond the data: truncation, not a giant allocation.
        let liar = IDXFixture.file(dimensions: [1_000_000, 28, 28], elements: Array(repeating: 7, count: 84))
        let (dir2, e2) = try error { try $0.write(gzip ? Gzip.compress(liar) : liar, to: images) }
        let unit = gzip ? "decompressed byte" : "byte"
        #expect(e2?.description == "\(dir2)/\(images): truncated at \(unit) 100: expected 784000000 bytes for the 1000000×28×28 elements the header declares from \(unit) 16")
    }

    @Test("a corrupt or truncated gzip file names the file and the compressed offset")
    func badGzip() throws {
        let images = "train-images-idx3-ubyte.gz"
        let packed = Gzip.compress(IDXFixture.images(count: 40, rows: 4, columns: 3))
        var (dir, e) = try error { dir in
            try FileManager.default.removeItem(atPath: dir.file("train-images-idx3-ubyte"))
            try dir.write(Array(packed.dropLast(12)), to: images)
        }
        #expect(e?.description.hasPrefix("\(dir)/\(images): truncated gzip data: the stream ends at compressed byte \(packed.count - 12)") == true)
        (dir, e) = try error { dir in
            try FileManager.default.removeItem(atPath: dir.file("train-images-idx3-ubyte"))
            var broken = packed
            broken[packed.count - 6] ^= 0xFF  // inside the CRC-32 trailer
            try dir.write(broken, to: images)
        }
        #expect(e?.description.hasPrefix("\(dir)/\(images): corrupt gzip data near compressed byte") == true)
        #expect(e?.description.contains("incorrect data check") == true)
    }

    @Test("missing directories and files are named")
    func missing() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var e = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)/nope") }
        #expect(e?.description == "mnist: no such directory '\(directory.path)/nope'")
        let file = try directory.write("x", to: "file")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(file)") }
        #expect(e?.description == "mnist: '\(file)' is not a directory; expected one holding train-images-idx3-ubyte[.gz]")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)") }
        #expect(e?.description == "mnist: no train-images-idx3-ubyte[.gz] in '\(directory.path)'")
        try directory.write(IDXFixture.images(count: 10, rows: 2, columns: 2), to: "train-images-idx3-ubyte")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)") }
        #expect(e?.description == "mnist: no train-labels-idx1-ubyte[.gz] in '\(directory.path)'")
        try directory.write(IDXFixture.cyclingLabels(count: 10), to: "train-labels-idx1-ubyte")
        try directory.write(IDXFixture.images(count: 10, rows: 2, columns: 2), to: "t10k-images-idx3-ubyte")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)") }
        #expect(e?.description == "mnist: found \(directory.path)/t10k-images-idx3-ubyte but no t10k-labels-idx1-ubyte[.gz] beside it")
    }
}
