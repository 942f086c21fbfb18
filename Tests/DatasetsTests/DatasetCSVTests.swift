import Foundation
import Testing
@testable import Datasets

@Suite("CSV files")
struct DatasetCSVTests {
    /// Loads `text` written to a temp file; returns the path with the result.
    private func load(_ text: String, name: String = "data.csv", labelColumn: Int? = nil,
                      testFraction: Double = 0.2) throws -> (String, Result<Dataset, DatasetError>) {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let path = try directory.write(text, to: name)
        let result = Result { () throws(DatasetError) in
            try Dataset.load("csv:\(path)", seed: 3, testFraction: testFraction, labelColumn: labelColumn)
        }
        return (path, result)
    }

    private func message(_ text: String, labelColumn: Int? = nil) throws -> (String, String?) {
        let (path, result) = try load(text, labelColumn: labelColumn)
        if case .failure(let error) = result { return (path, error.description) }
        return (path, nil)
    }

    /// Rows `x,y,label` with two well separated text classes.
    private static let irisLike: String = {
        var text = "length, width ,species\n"
        for i in 0..<20 {
            text += "\(Double(i) * 0.5),\(10 + i % 3),\(i % 2 == 0 ? "setosa" : "\"virginica\"")\n"
        }
        return text
    }()

    @Test("a header is detected, text labels become classes in sorted order, features are z-scored with train statistics")
    func headerAndTextLabels() throws {
        let (path, result) = try load(Self.irisLike, testFraction: 0.3)
        let data = try result.get()
        #expect(data.name == "csv:\(path)")
        #expect(data.featureCount == 2 && data.classCount == 2)
        #expect(data.classNames == ["setosa", "virginica"])
        // 3 of each class's 10 rows go to the test set.
        #expect(data.trainCount == 14 && data.testCount == 6)
        #expect(data.imageSize == nil && data.isPlanar)
        for column in 0..<2 {
            let values = stride(from: column, to: data.trainFeatures.count, by: 2).map { Double(data.trainFeatures[$0]) }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            #expect(abs(mean) < 1e-5)
            #expect(abs(variance - 1) < 1e-4)
        }
        // Standardising is affine per column, so the row order of the raw
        // first column is kept: an even row index i is setosa, x = 0.5·i.
        let rows = (data.trainFeatures + data.testFeatures).chunked(2)
        let labels = data.trainLabels + data.testLabels
        let order = rows.indices.sorted { rows[$0][0] < rows[$1][0] }
        #expect(order.map { labels[$0] } == (0..<20).map { Int32($0 % 2) })
    }

    @Test("integer labels sort numerically; no header; CRLF, BOM, quotes and blank lines are fine")
    func integerLabels() throws {
        let text = "\u{FEFF}1.5,10\r\n\r\n2.5, 2\r\n  3.5 ,\"7\"\r\n4.5,10\r\n5.5,2\r\n6.5,7\r\n"
        let data = try load(text, testFraction: 0).1.get()
        #expect(data.classNames == ["2", "7", "10"])
        #expect(data.trainCount == 6)
        let byLabel = Dictionary(grouping: data.trainLabels, by: { $0 }).mapValues(\.count)
        #expect(byLabel == [0: 2, 1: 2, 2: 2])
    }

    @Test("the label column may be picked by index or from the end", arguments: [0, -3])
    func labelColumn(index: Int) throws {
        let text = "a,1,2\nb,3,4\na,5,6\nb,7,8\n"
        let data = try load(text, labelColumn: index, testFraction: 0).1.get()
        #expect(data.featureCount == 2)
        #expect(data.classNames == ["a", "b"])
    }

    @Test("gzip'd CSV is read by its magic number")
    func gzip() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let path = try directory.write(Gzip.compress(Array(Self.irisLike.utf8)), to: "data.csv.gz")
        let packed = try Dataset.load("csv:\(path)")
        let plain = try load(Self.irisLike).1.get()
        #expect(packed.trainFeatures.count == 32)
        #expect(packed.classNames == plain.classNames)
    }

    @Test("bad files name the file and the line")
    func badFiles() throws {
        let cases: [(text: String, labelColumn: Int?, message: (String) -> String)] = [
            ("", nil, { "\($0): empty file (no rows)" }),
            (" \n\n", nil, { "\($0): empty file (no rows)" }),
            ("x,y,label\n", nil, { "\($0): no data rows after the header" }),
            ("1,2,a\n3,4,b\n5,6\n", nil, { "\($0):3: expected 3 fields, found 2 (ragged row)" }),
            ("1,2,a\n3,4,b\n5,6,a,7\n", nil, { "\($0):3: expected 3 fields, found 4 (ragged row)" }),
            ("1,2,a\n3,four,b\n", nil, { "\($0):2: column 2: 'four' is not a number" }),
            ("1,2,a\n3,,b\n", nil, { "\($0):2: column 2: '' is not a number" }),
            ("1,2,a\n\n3,nan,b\n", nil, { "\($0):3: column 2: 'nan' is not a finite number" }),
            ("1,2,a\n-inf,4,b\n", nil, { "\($0):2: column 1: '-inf' is not a finite number" }),
            // Finite, but not a Float32: the message says which.
            ("1,2,a\n1e39,4,b\n", nil, { "\($0):2: column 1: '1e39' is beyond Float32's range (±3.4e38), the precision actview trains in" }),
            ("1,2,a\n3.5e38,4,b\n", nil, { "\($0):2: column 1: '3.5e38' is beyond Float32's range (±3.4e38), the precision actview trains in" }),
            // Columns count from 1, as in a spreadsheet; the label's also gives its --label-column.
            ("1,2,a\n3,4,\n", nil, { "\($0):2: column 3 (--label-column 2): empty label" }),
            ("1,2,a\n3,4,a\n", nil, { "\($0): every label in column 3 (--label-column 2) is 'a'; need at least two classes" }),
            ((0..<300).map { "\($0),\($0)\n" }.joined(), nil, { "\($0): column 2 (--label-column 1) has 300 distinct labels, more than 256 classes; is it the label column?" }),
            ("1,2,a\n", 3, { "\($0):1: --label-column 3 is out of range for 3 columns (it counts from 0 for the first column, or from -1 for the last: 0 to 2 or -1 to -3)" }),
            ("1,2,a\n", -4, { "\($0):1: --label-column -4 is out of range for 3 columns (it counts from 0 for the first column, or from -1 for the last: 0 to 2 or -1 to -3)" }),
            ("1\n2\n", nil, { "\($0):1: need at least two columns (features and a label), found 1" }),
            // Another separator is named, with the way out.
            ("1;2;a\n3;4;b\n", nil, { "\($0):1: need at least two columns (features and a label), found 1; the line is separated by semicolons (2 ';'), and actview reads comma-separated values: convert it, e.g. tr ';' ',' < in.csv > out.csv" }),
            ("x\ty\tlabel\n1\t2\ta\n", nil, { "\($0):1: need at least two columns (features and a label), found 1; the line is separated by tabs (2 tab), and actview reads comma-separated values: convert it, e.g. tr '\\t' ',' < in.csv > out.csv" }),
            // CR alone ends no line here; the file says so instead of "no data rows".
            ("x,y,label\r1,2,a\r3,4,b\r", nil, { "\($0): lines end in a carriage return alone (CR, classic Mac OS line ends; 3 of them and no line feed); save the file with LF or CRLF line ends, e.g. tr '\\r' '\\n'" }),
            ("1,2,\"a\n", nil, { "\($0):1: unterminated quoted field in column 3" }),
            ("1,2,\"a\"b\n", nil, { "\($0):1: unexpected character after the closing quote in column 3" }),
            ("1,2,a\n1,\u{1}\u{7F}'x,b\n", nil, { "\($0):2: column 2: '\\u{01}\\u{7F}\\'x' is not a number" }),
        ]
        for c in cases {
            let (path, text) = try message(c.text, labelColumn: c.labelColumn)
            #expect(text == c.message(path), "\(c.text.debugDescription)")
        }
    }

    @Test("missing files, directories and corrupt gzip are named")
    func missing() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        var e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(directory.path)/none.csv") }
        #expect(e?.description == "\(directory.path)/none.csv: no such file")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(directory.path)") }
        #expect(e?.description == "\(directory.path): is a directory, not a file")
        // The shell leaves a `~` inside a spec alone; the loader expands it.
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:~/actview-no-such-file.csv") }
        #expect(e?.description == NSString(string: "~/actview-no-such-file.csv").expandingTildeInPath + ": no such file")
        #expect(e?.description.hasPrefix("~") == false)
        // Neither may block or read forever.
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:/dev/zero") }
        #expect(e?.description == "/dev/zero: not a regular file")
        let fifo = directory.file("fifo.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(fifo)") }
        #expect(e?.description == "\(fifo): not a regular file")
        // A loop of links is named as one, not as a missing file.
        let loop = directory.file("loop.csv")
        #expect(symlink(directory.file("other.csv"), loop) == 0)
        #expect(symlink(loop, directory.file("other.csv")) == 0)
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(loop)") }
        #expect(e?.description == "\(loop): a loop of symbolic links (too many levels of links to reach a file)")
        let dangling = directory.file("dangling.csv")
        #expect(symlink(directory.file("gone.csv"), dangling) == 0)
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(dangling)") }
        #expect(e?.description == "\(dangling): a symbolic link to a file that does not exist")
        let path = try directory.write([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF], to: "bad.csv.gz")
        e = DatasetError.from { () throws(DatasetError) in try Dataset.load("csv:\(path)") }
        #expect(e?.description.hasPrefix("\(path): corrupt gzip data near compressed byte") == true)
    }
}
