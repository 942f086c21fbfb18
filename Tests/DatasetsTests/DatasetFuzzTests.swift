import Foundation
import Testing
@testable import Datasets

/// Seeded random damage to valid files: every outcome must be a load or a
/// one-line error naming the file — never a crash, a hang or a huge allocation.
@Suite("damaged files")
struct DatasetFuzzTests {
    /// One random mutation: flip, overwrite, insert, delete or truncate.
    private static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom, alphabet: [UInt8]? = nil) -> [UInt8] {
        var out = bytes
        func byte() -> UInt8 { alphabet.map { $0[random.index(below: $0.count)] } ?? UInt8(random.index(below: 256)) }
        for _ in 0..<(1 + random.index(below: 3)) {
            guard !out.isEmpty else { return out }
            let at = random.index(below: out.count)
            switch random.index(below: 6) {
            case 0: out[at] ^= UInt8(1 << random.index(below: 8))
            case 1: out[at] = byte()
            case 2: out.insert(byte(), at: at)
            case 3: out.remove(at: at)
            case 4: out.removeSubrange(at...)
            default:
                // Headers matter most: hit the first 16 bytes.
                out[random.index(below: min(16, out.count))] = byte()
            }
        }
        return out
    }

    private static func check(_ error: DatasetError?, names path: String) {
        guard let error else { return }
        #expect(error.description.contains(path), "\(error.description)")
        #expect(!error.description.contains("\n"))
    }

    @Test("300 damaged IDX files, plain and gzip'd")
    func idx() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        try IDXFixture.writeSet(in: directory, train: 30, test: nil, rows: 3, columns: 3)
        let images = IDXFixture.images(count: 30, rows: 3, columns: 3)
        let labels = IDXFixture.cyclingLabels(count: 30)
        var random = SeededRandom(seed: 2024)
        var loaded = 0, failed = 0
        for round in 0..<300 {
            let gzip = round % 3 == 2
            let target = round % 2 == 0 ? images : labels
            let name = round % 2 == 0 ? "train-images-idx3-ubyte" : "train-labels-idx1-ubyte"
            // Fresh start each round: only this file is damaged.
            for stale in ["train-images-idx3-ubyte", "train-labels-idx1-ubyte"] {
                try? FileManager.default.removeItem(atPath: directory.file(stale + ".gz"))
            }
            try directory.write(images, to: "train-images-idx3-ubyte")
            try directory.write(labels, to: "train-labels-idx1-ubyte")
            let damaged = gzip ? Self.mutate(Gzip.compress(target), &random) : Self.mutate(target, &random)
            if gzip { try FileManager.default.removeItem(atPath: directory.file(name)) }
            let path = try directory.write(damaged, to: gzip ? name + ".gz" : name)
            let error = DatasetError.from { () throws(DatasetError) in try Dataset.load("mnist:\(directory.path)") }
            if let error {
                failed += 1
                // Count mismatches name the pair through the directory.
                Self.check(error, names: error.description.hasPrefix("mnist:") ? directory.path : path)
            } else {
                loaded += 1
            }
        }
        // Both outcomes occur, so the mutations are neither all fatal nor all harmless.
        #expect(loaded > 0 && failed > 100)
    }

    @Test("300 damaged CSV files")
    func csv() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var text = "x,y,label\n"
        for i in 0..<12 { text += "\(i).25,\(-i),\(["a", "b", "c"][i % 3])\n" }
        let valid = Array(text.utf8)
        let alphabet = Array(",\n\r\"  .-e1a0n".utf8) + [0, 0xFF, 0xC3]
        var random = SeededRandom(seed: 77)
        var loaded = 0, failed = 0
        for round in 0..<300 {
            let gzip = round % 4 == 3
            let damaged = Self.mutate(valid, &random, alphabet: alphabet)
            let path = try directory.write(gzip ? Gzip.compress(damaged) : damaged, to: "d\(round % 2).csv")
            let error = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(path)") }
            if let error {
                failed += 1
                Self.check(error, names: path)
            } else {
                loaded += 1
            }
        }
        #expect(loaded > 0 && failed > 0)
    }

    @Test("200 damaged gzip streams")
    func gzip() throws {
        var random = SeededRandom(seed: 5)
        let input = (0..<20_000).map { UInt8($0 % 7) }
        let packed = Gzip.compress(input)
        var failed = 0
        for _ in 0..<200 {
            let damaged = Self.mutate(packed, &random)
            do throws(DatasetError) {
                _ = try Gzip.decompress(damaged, source: "s.gz", limit: 100_000)
            } catch {
                failed += 1
                #expect(error.description.hasPrefix("s.gz: "))
            }
        }
        #expect(failed > 100)
    }
}
