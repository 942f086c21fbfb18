import Foundation
import Testing
@testable import Datasets

/// Data sets are measured against the memory budget before their memory is
/// spent: IDX files from their headers, CSV files as their values are counted.
@Suite("memory budget")
struct MemoryBudgetTests {
    static func budget(_ bytes: Double) -> MemoryBudget {
        MemoryBudget(limit: MemorySize(bytes: bytes), origin: .option)
    }

    @Test("sizes print in binary units with three figures")
    func sizes() {
        #expect(MemorySize(bytes: 900).description == "900 bytes")
        #expect(MemorySize(bytes: 1536).description == "1.50 KiB")
        #expect(MemorySize.mebibytes(512).description == "512 MiB")
        #expect(MemorySize.gibibytes(4).description == "4.00 GiB")
        #expect(MemorySize(bytes: 4.71 * 0x1p30).description == "4.71 GiB")
        #expect(MemorySize(bytes: 1e300).description.hasSuffix(" TiB"))
        #expect(MemorySize(bytes: .infinity).description == "an unbounded amount")
    }

    @Test("the default is a quarter of physical memory, at most 4 GiB")
    func machineDefault() throws {
        let budget = MemoryBudget.machineDefault
        let physical = try #require(MemoryBudget.physicalMemory())
        #expect(budget.limit.bytes == min((physical.bytes * 0.25).rounded(.down), 0x1p32))
        #expect(budget.limitDescription.contains("a quarter of this machine's \(physical)"))
    }

    /// A gzip'd image file of a few hundred bytes that declares 1 360 000
    /// images of 28×28 (1.07 GB of pixels, 5 GB as loaded): refused from its
    /// header. Were it inflated, the loader would report the file truncated.
    @Test("a gzip'd IDX file declaring more than the budget is refused from its header", arguments: [false, true])
    func idxHeader(gzip: Bool) throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let images = IDXFixture.file(dimensions: [1_360_000, 28, 28], elements: Array(repeating: 0, count: 784))
        try directory.write(gzip ? Gzip.compress(images) : images, to: "train-images-idx3-ubyte" + (gzip ? ".gz" : ""))
        try directory.write(IDXFixture.cyclingLabels(count: 1_360_000), to: "train-labels-idx1-ubyte")
        let started = ContinuousClock.now
        let error = DatasetError.from { () throws(DatasetError) in
            try Dataset.load(.mnist(directory: directory.path), budget: Self.budget(0x1p30))
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        let message = try #require(error?.description)
        #expect(message.hasPrefix("loading mnist:\(directory.path) (1360000×28×28 training images) needs about "))
        #expect(message.hasSuffix(", more than the --memory-limit of 1.00 GiB"))
        #expect(!message.contains("truncated"))
        // Without a budget the same file is refused as truncated: the header
        // check is the budget's, and the inflated bytes stop at the header's
        // count.
        let unbounded = DatasetError.from { () throws(DatasetError) in try Dataset.load(.mnist(directory: directory.path)) }
        #expect(unbounded?.description.contains("truncated at") == true)
    }

    @Test("the footprint of an MNIST directory comes from its headers")
    func mnistFootprint() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        try IDXFixture.writeSet(in: directory, train: 40, test: 20, rows: 4, columns: 3)
        let footprint = try DatasetSpec.mnist(directory: directory.path).footprint()
        #expect(footprint.shape == DatasetFootprint.Shape(trainCount: 40, testCount: 20, featureCount: 12, classCount: 10))
        // Per image file: its bytes, one byte and four as Float per pixel, the labels' Ints.
        let expected = Double(16 + 40 * 12) + 5 * 480 + 8 * 40 + Double(16 + 20 * 12) + 5 * 240 + 8 * 20
        #expect(footprint.loading.bytes == expected)
        #expect(throws: DatasetError.self) {
            try Dataset.load(.mnist(directory: directory.path), budget: Self.budget(expected - 1))
        }
        let loaded = try Dataset.load(.mnist(directory: directory.path), budget: Self.budget(expected))
        #expect(loaded.trainCount == 40 && loaded.testCount == 20)
    }

    @Test("a CSV file is refused as its values pass the budget, with the count")
    func csvValues() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        // 100 rows of 10 features and a label: 1 000 values.
        let text = (0..<100).map { row in (0..<10).map { String(row * 10 + $0) }.joined(separator: ",") + ",\(row % 2)" }
            .joined(separator: "\n")
        let path = try directory.write(text, to: "wide.csv")
        let bytes = Double(text.utf8.count)
        let bound = Double(CSVDataset.bytesPerValueBound)
        // Room for 50 rows' values and no more.
        let tight = Self.budget(bytes + 50 * 10 * bound + bound)
        let error = DatasetError.from { () throws(DatasetError) in
            try Dataset.load(.csv(path: path, labelColumn: nil), budget: tight)
        }
        #expect(error?.description.hasPrefix("\(path): loading more than 510 values (from line 51 on) needs about ") == true,
                "\(error?.description ?? "loaded")")
        let roomy = try Dataset.load(.csv(path: path, labelColumn: nil), budget: Self.budget(bytes + 1000 * bound))
        #expect(roomy.trainCount + roomy.testCount == 100 && roomy.featureCount == 10)
    }

    @Test("a file larger than the budget is refused by its size before it is read")
    func fileSize() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let path = try directory.write(String(repeating: "1,2,0\n", count: 1000), to: "big.csv")
        let error = DatasetError.from { () throws(DatasetError) in
            try Dataset.load(.csv(path: path, labelColumn: nil), budget: Self.budget(4096))
        }
        #expect(error?.description == "\(path): file is 6000 bytes, more than the 4096-byte limit")
    }
}
