import Foundation
import Testing
@testable import Datasets

/// Loader fuzzing beyond random damage (`DatasetFuzzTests`): every prefix of
/// valid files, a sweep of extreme IDX headers, junk behind each format's
/// magic bytes, CSV text generated from its grammar, and synthetic specs.
/// Every case ends in a data set that satisfies the `Dataset` contract or in
/// one printable line — never a crash, a hang or an allocation sized by a
/// header instead of by the data.
@Suite("loader fuzz")
struct LoaderFuzzTests {
    /// An error fit for the CLI's one line: short, no control characters,
    /// naming what failed.
    static func checkError(_ error: DatasetError, names: String, _ context: @autoclosure () -> String) {
        let text = error.description
        #expect(!text.isEmpty && text.count < 600, "\(context()): \(text)")
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(context()): \(text.debugDescription)")
        #expect(text.contains(names), "\(context()): '\(text)' does not name \(names)")
    }

    /// What every loaded set promises the trainer.
    static func checkDataset(_ d: Dataset, _ context: @autoclosure () -> String) {
        #expect(d.featureCount >= 1, "\(context())")
        if d.task == .regression {
            // One output and a finite target per example.
            #expect(d.classCount == 1 && d.classNames.count == 1, "\(context())")
            #expect(d.trainTargets.count == d.trainCount && d.testTargets.count == d.testCount, "\(context())")
            let finite = (d.trainTargets + d.testTargets).allSatisfy { $0.isFinite }
            #expect(finite, "\(context()): non-finite target")
        } else {
            #expect(d.classCount >= 2 && d.classNames.count == d.classCount, "\(context())")
        }
        #expect(d.trainCount >= 1, "\(context())")
        #expect(d.trainFeatures.count == d.trainCount * d.featureCount, "\(context())")
        #expect(d.testFeatures.count == d.testCount * d.featureCount, "\(context())")
        #expect(d.trainFeatures.allSatisfy(\.isFinite) && d.testFeatures.allSatisfy(\.isFinite), "\(context()): non-finite feature")
        #expect((d.trainLabels + d.testLabels).allSatisfy { $0 >= 0 && Int($0) < d.classCount }, "\(context()): label out of range")
        if let size = d.imageSize { #expect(size.width * size.height == d.featureCount, "\(context())") }
    }

    /// Loads `spec` and checks whichever outcome it has; true if it loaded.
    @discardableResult
    static func load(_ spec: String, names: String, _ context: @autoclosure () -> String) -> Bool {
        do {
            let d = try Dataset.load(spec, seed: 9)
            checkDataset(d, "\(context()) [\(spec)]")
            return true
        } catch {
            checkError(error, names: names, "\(context()) [\(spec)]")
            return false
        }
    }

    @Test("every prefix of an IDX pair, plain and gzip'd, is a clean error (or the whole file)")
    func idxPrefixes() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let images = IDXFixture.images(count: 12, rows: 3, columns: 2)
        let labels = IDXFixture.cyclingLabels(count: 12)
        var loaded = 0, failed = 0
        for gzip in [false, true] {
            for (name, bytes, other, otherBytes) in [
                ("train-images-idx3-ubyte", images, "train-labels-idx1-ubyte", labels),
                ("train-labels-idx1-ubyte", labels, "train-images-idx3-ubyte", images),
            ] {
                for stale in [name, other] {
                    try? FileManager.default.removeItem(atPath: directory.file(stale))
                    try? FileManager.default.removeItem(atPath: directory.file(stale + ".gz"))
                }
                try directory.write(otherBytes, to: other)
                let whole = gzip ? Gzip.compress(bytes) : bytes
                let target = name + (gzip ? ".gz" : "")
                for length in 0...whole.count {
                    try directory.write(Array(whole.prefix(length)), to: target)
                    let ok = Self.load("mnist:\(directory.path)", names: directory.path, "\(target) cut to \(length) bytes")
                    if ok { loaded += 1 } else { failed += 1 }
                    // Only the complete file is complete.
                    #expect(ok == (length == whole.count), "\(target) cut to \(length) of \(whole.count) bytes loaded: \(ok)")
                }
            }
        }
        #expect(loaded == 4 && failed > 200)
    }

    @Test("every prefix of a CSV file, plain and gzip'd, loads or fails cleanly")
    func csvPrefixes() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var text = "\u{FEFF}a,\"b, quoted\",label\r\n"
        for i in 0..<8 { text += "\(Double(i) * 0.5),\(-i)e-1,\(["cat", "dog"][i % 2])\r\n" }
        let bytes = Array(text.utf8)
        var loaded = 0
        for gzip in [false, true] {
            let whole = gzip ? Gzip.compress(bytes) : bytes
            for length in 0...whole.count {
                let path = try directory.write(Array(whole.prefix(length)), to: "cut.csv")
                if Self.load("csv:\(path)", names: path, "csv cut to \(length) of \(whole.count) (gzip \(gzip))") {
                    loaded += 1
                }
            }
        }
        // Plain prefixes that end on a row boundary load; gzip prefixes only when whole.
        #expect(loaded > 8)
    }

    @Test("a sweep of extreme IDX dimensions fails by the header, not by allocating")
    func idxHeaderSweep() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let edges: [UInt32] = [0, 1, 2, 3, 4, 255, 256, 65_535, 1 << 24, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF]
        try directory.write(IDXFixture.cyclingLabels(count: 2), to: "train-labels-idx1-ubyte")
        var cases = 0, positives = 0
        for gzip in [false, true] {
            for a in edges { for b in edges { for c in edges where (a == 2 || b == c || c == 1 || a == c) {
                // The body holds 24 bytes whatever the header says.
                let file = IDXFixture.file(dimensions: [a, b, c], elements: Array(repeating: 9, count: 24))
                let name = "train-images-idx3-ubyte"
                try? FileManager.default.removeItem(atPath: directory.file(gzip ? name : name + ".gz"))
                try directory.write(gzip ? Gzip.compress(file) : file, to: gzip ? name + ".gz" : name)
                let fits = Double(a) * Double(b) * Double(c) == 24 && a == 2
                let ok = Self.load("mnist:\(directory.path)", names: directory.path, "dimensions \(a)×\(b)×\(c), gzip \(gzip)")
                if fits { positives += 1 }
                #expect(ok == fits, "dimensions \(a)×\(b)×\(c) (gzip \(gzip)) loaded: \(ok)")
                cases += 1
            } } }
        }
        // Dimension counts other than the expected three, and element types other than bytes.
        for count in [0, 1, 2, 4, 255] as [UInt8] {
            var file = IDXFixture.file(dimensions: [2, 3, 4], elements: Array(repeating: 1, count: 24))
            file[3] = count
            try directory.write(file, to: "train-images-idx3-ubyte")
            #expect(!Self.load("mnist:\(directory.path)", names: directory.path, "\(count) dimensions"))
        }
        for type in [0x00, 0x09, 0x0B, 0x0C, 0x0D, 0x0E, 0xFF] as [UInt8] {
            try directory.write(IDXFixture.file(type: type, dimensions: [2, 3, 4], elements: Array(repeating: 1, count: 24)),
                                to: "train-images-idx3-ubyte")
            #expect(!Self.load("mnist:\(directory.path)", names: directory.path, "element type \(type)"))
        }
        #expect(cases > 150)
        #expect(positives == 4)
    }

    @Test("400 junk files behind each format's magic bytes")
    func junkBehindMagic() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var random = SeededRandom(seed: 4242)
        let magics: [[UInt8]] = [
            [], [0x1F, 0x8B], [0x1F, 0x8B, 0x08, 0x00], [0x00, 0x00, 0x08, 0x03], [0x00, 0x00, 0x08, 0x01],
            [0xEF, 0xBB, 0xBF], [0x78, 0x9C], Array("a,b,label\n".utf8),
        ]
        try directory.write(IDXFixture.cyclingLabels(count: 4), to: "train-labels-idx1-ubyte")
        for round in 0..<400 {
            let length = [0, 1, 3, 17, 100, 1000, 5000][random.index(below: 7)]
            var bytes = magics[random.index(below: magics.count)]
            bytes += (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            switch round % 3 {
            case 0:
                let path = try directory.write(bytes, to: "junk.csv")
                Self.load("csv:\(path)", names: path, "junk csv round \(round)")
            case 1:
                try directory.write(bytes, to: "train-images-idx3-ubyte")
                Self.load("mnist:\(directory.path)", names: directory.path, "junk images round \(round)")
            default:
                try directory.write(IDXFixture.images(count: 4, rows: 2, columns: 2), to: "train-images-idx3-ubyte")
                try directory.write(bytes, to: "train-labels-idx1-ubyte")
                Self.load("mnist:\(directory.path)", names: directory.path, "junk labels round \(round)")
                try directory.write(IDXFixture.cyclingLabels(count: 4), to: "train-labels-idx1-ubyte")
            }
        }
    }

    @Test("400 CSV files generated from the grammar: odd numbers, quotes, widths and labels")
    func generatedCSV() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var random = SeededRandom(seed: 31337)
        let numbers = ["0", "-0", "1", "2.5", "-3.25e2", "1e-45", "3.4e38", "-3.4e38", "1e39", "1e999", "nan", "NaN",
                       "inf", "-inf", "Infinity", "0x1p3", "+4", ".5", "5.", "1_000", "１", "", " 7 ", "\"8\"", "1e", "--1"]
        let labels = ["0", "1", "2", "-1", "a", "b", "\"x, y\"", "한글", "\u{1B}[31m", "", "  ", "007", "7"]
        var loaded = 0, failed = 0
        for round in 0..<400 {
            let columns = [1, 2, 3, 5, 40][random.index(below: 5)]
            let rows = [0, 1, 2, 3, 10, 60][random.index(below: 6)]
            var text = random.index(below: 3) == 0 ? (0..<columns).map { "h\($0)" }.joined(separator: ",") + "\n" : ""
            // Mostly well-formed numbers, so loads succeed often enough to check them.
            let clean = random.index(below: 2) == 0
            for r in 0..<rows {
                var cells: [String] = []
                let width = random.index(below: 12) == 0 ? columns + 1 : columns
                for c in 0..<width {
                    if c == width - 1 {
                        cells.append(clean ? String(r % 3) : labels[random.index(below: labels.count)])
                    } else {
                        cells.append(clean ? String(random.uniform(-100, 100)) : numbers[random.index(below: numbers.count)])
                    }
                }
                text += cells.joined(separator: ",") + (random.index(below: 4) == 0 ? "\r\n" : "\n")
            }
            if random.index(below: 10) == 0 { text += String(repeating: "9,", count: 20_000) + "1\n" }
            let bytes = Array(text.utf8)
            let path = try directory.write(round % 5 == 4 ? Gzip.compress(bytes) : bytes, to: "g\(round % 3).csv")
            if Self.load("csv:\(path)", names: path, "generated csv round \(round)") { loaded += 1 } else { failed += 1 }
        }
        #expect(loaded > 50 && failed > 50)
    }

    @Test("more distinct labels than classes allowed, and a label column anywhere")
    func labelColumns() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var text = ""
        for i in 0..<300 { text += "\(i),\(i % 7),label\(i)\n" }
        let path = try directory.write(text, to: "many.csv")
        #expect(!Self.load("csv:\(path)", names: path, "300 labels"))
        for column in [-4, -3, -2, -1, 0, 1, 2, 3, Int.min, Int.max] {
            do {
                let d = try Dataset.load("csv:\(path)", seed: 1, labelColumn: column)
                Self.checkDataset(d, "label column \(column)")
            } catch {
                Self.checkError(error, names: path, "label column \(column)")
            }
        }
    }

    @Test("300 synthetic specs with random and extreme parameters")
    func syntheticSpecs() {
        var random = SeededRandom(seed: 99)
        let shapes = SyntheticShape.allCases.map(\.rawValue) + ["SPIRAL", " moons ", "spiral2", "", ":", "digits", "mnist", "csv"]
        let keys = ["n", "noise", "classes", "N", " noise ", "x", "", "n=n"]
        let values = ["40", "2", "1", "0", "-5", "8", "9", "1000000", "1000001", "99999999999999999999", "0.3", "1", "1.0001",
                      "nan", "inf", "-0", "1e2", "0x10", "", "=", "３"]
        var loaded = 0
        for round in 0..<300 {
            let shape = shapes[random.index(below: shapes.count)]
            var parameters: [String] = []
            for _ in 0..<random.index(below: 4) {
                var value = values[random.index(below: values.count)]
                // Large valid sizes cost time, not safety; the cap itself is checked once below.
                if value == "1000000" { value = "999" }
                parameters.append(keys[random.index(below: keys.count)] + "=" + value)
            }
            let spec = parameters.isEmpty && random.index(below: 2) == 0 ? shape : shape + ":" + parameters.joined(separator: ",")
            do {
                let d = try Dataset.load(spec, seed: UInt64(round), testFraction: [0, 0.2, 0.99][round % 3])
                Self.checkDataset(d, "spec '\(spec)'")
                loaded += 1
            } catch {
                let text = error.description
                #expect(!text.isEmpty && !text.contains("\n"), "spec '\(spec)': \(text)")
            }
        }
        #expect(loaded > 30)
        #expect(throws: DatasetError.self) { try Dataset.load("spiral:n=1000001") }
    }
}
