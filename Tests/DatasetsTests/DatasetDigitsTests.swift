import Testing
@testable import Datasets

@Suite("bundled digits")
struct DatasetDigitsTests {
    /// Per-class counts of the UCI 8×8 set, counted independently from the
    /// bundled file: `zcat digits.csv.gz | awk -F, '{c[$NF]++} END {for (k in c) print k, c[k]}'`.
    static let classCounts = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]

    @Test("loads 1797 images of 8×8 pixels scaled to [0, 1] in 10 classes")
    func shape() throws {
        let data = try Dataset.load("digits", seed: 0)
        #expect(data.name == "digits")
        #expect(data.trainCount + data.testCount == 1797)
        #expect(data.featureCount == 64)
        #expect(data.classCount == 10)
        #expect(data.imageSize == Dataset.ImageSize(width: 8, height: 8))
        #expect(!data.isPlanar)
        #expect(data.classNames == (0...9).map(String.init))
        #expect(data.classTotals == Self.classCounts)
        let all = data.trainFeatures + data.testFeatures
        #expect(all.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(all.contains(1) && all.contains(0))
        // Every pixel is a multiple of 1/16.
        #expect(all.allSatisfy { ($0 * 16).rounded() == $0 * 16 })
    }

    @Test("the split is stratified: each class gives round(20%) of its images to the test set")
    func stratified() throws {
        let data = try Dataset.load("digits", seed: 5)
        var testTotals = Array(repeating: 0, count: 10)
        for label in data.testLabels { testTotals[Int(label)] += 1 }
        #expect(testTotals == Self.classCounts.map { Int((Double($0) * 0.2).rounded()) })
        let half = try Dataset.load("digits", seed: 5, testFraction: 0.5)
        #expect(half.testCount == Self.classCounts.map { Int((Double($0) * 0.5).rounded()) }.reduce(0, +))
    }

    @Test("the first row of the file arrives intact, scaled by 1/16")
    func firstRow() throws {
        // `zcat digits.csv.gz | head -1`: a zero.
        let pixels: [Float] = [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
                               0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
                               0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0].map { $0 / 16 }
        let data = try Dataset.load("digits")
        let rows = (data.trainFeatures + data.testFeatures).chunked(64)
        let labels = data.trainLabels + data.testLabels
        let matches = rows.indices.filter { rows[$0] == pixels }
        #expect(matches.count == 1)
        #expect(matches.first.map { labels[$0] } == 0)
    }

    @Test("same seed, same split; another seed, another split of the same images")
    func determinism() throws {
        let a = try Dataset.load("digits", seed: 11)
        let b = try Dataset.load("digits", seed: 11)
        let c = try Dataset.load("digits", seed: 12)
        #expect(a == b)
        #expect(a.testLabels != c.testLabels)
        #expect((a.trainFeatures + a.testFeatures).sorted() == (c.trainFeatures + c.testFeatures).sorted())
    }

    @Test("a damaged copy of the file names the line", arguments: [
        ("1,2\n", "digits.csv.gz:1: expected 65 fields, found 2"),
        (Array(repeating: "0", count: 64).joined(separator: ",") + ",3\n" + Array(repeating: "17", count: 64).joined(separator: ",") + ",3\n",
         "digits.csv.gz:2: column 1: '17' is not a pixel value 0–16"),
        (Array(repeating: "0", count: 64).joined(separator: ",") + ",x\n", "digits.csv.gz:1: column 65: 'x' is not a digit label 0–9"),
        ("", "digits.csv.gz: empty file (no rows)"),
        (Array(repeating: "0", count: 64).joined(separator: ",") + ",3\n", "digits.csv.gz: only one class; need at least two"),
    ])
    func damaged(text: String, message: String) {
        let error = DatasetError.from { () throws(DatasetError) in
            try DigitsDataset.parse(Array(text.utf8), source: "digits.csv.gz", seed: 0, testFraction: 0.2)
        }
        #expect(error?.description == message)
    }
}

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
