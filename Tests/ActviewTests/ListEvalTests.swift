import Foundation
import Testing

/// `actview list` and `actview eval`, driven through the real binary.
@Suite struct ListEvalTests {
    /// The canonical names are part of the command-line contract.
    static let canonicalNames = [
        "step", "sign", "linear", "piecewise-linear", "sigmoid", "tanh", "relu", "relu6", "leaky-relu",
        "prelu", "elu", "celu", "selu", "swish", "mish", "gelu", "gelu-tanh", "softplus", "softsign",
        "hard-sigmoid", "hard-swish", "maxout",
    ]

    static let seluLambda = 1.0507009873554804934193349852946
    static let seluAlpha = 1.6732632423543772848170429916717

    /// A failed run: non-zero status, nothing on stdout, exactly one
    /// `actview: ...` line on stderr containing every fragment.
    func expectOneLineError(_ r: BinaryRunner.Result, containing fragments: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status != 0, "status \(r.status)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1 && r.stderr.hasSuffix("\n"), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("actview: "), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(r.stderr.contains(fragment), "'\(fragment)' missing from: \(r.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// The data rows of eval's CSV output, as numbers.
    func rows(_ r: BinaryRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) -> [[Double]] {
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "x,value,derivative", sourceLocation: sourceLocation)
        return lines.dropFirst().map { $0.split(separator: ",").map { Double($0) ?? .nan } }
    }

    // MARK: list

    @Test func listTableFitsEightyColumns() throws {
        let r = try BinaryRunner.run(["list"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true)
        for line in lines {
            #expect(line.count <= 80, "\(line.count) columns: \(line)")
        }
        let firstWords = Set(lines.compactMap { $0.split(separator: " ").first.map(String.init) })
        for name in Self.canonicalNames {
            #expect(firstWords.contains(name), "\(name) has no row")
        }
        #expect(r.stdout.contains("σ(x) = 1 / (1 + e⁻ˣ)"))
        #expect(r.stdout.contains("slope=0.01"))
        #expect(r.stdout.contains("(lrelu)"))
    }

    /// Splits RFC 4180 CSV (quoted fields may hold commas and quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, chars = Array(text), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func listCSV() throws {
        let r = try BinaryRunner.run(["list", "--format", "csv"])
        #expect(r.status == 0)
        let rows = Self.parseCSV(r.stdout)
        #expect(rows.first == ["name", "aliases", "display_name", "formula", "derivative", "range", "parameters"])
        #expect(rows.dropFirst().map { $0.first ?? "" } == Self.canonicalNames)
        #expect(rows.allSatisfy { $0.count == 7 })
        let maxout = rows.first { $0.first == "maxout" }
        #expect(maxout?.last == "w1=1;b1=0;w2=0;b2=0")
        #expect(rows.first { $0.first == "swish" }?[1] == "silu")
    }

    @Test func listJSONIsStableAndComplete() throws {
        let first = try BinaryRunner.run(["list", "--format", "json"])
        let second = try BinaryRunner.run(["list", "--format=json"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        let parsed = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8))
        let items = try #require(parsed as? [[String: Any]])
        #expect(items.compactMap { $0["name"] as? String } == Self.canonicalNames)
        for item in items {
            let pros = item["pros"] as? [String: [String]]
            #expect(pros?["en"]?.isEmpty == false && pros?["ko"]?.isEmpty == false, "\(item["name"] ?? "?")")
            #expect((item["formula"] as? String)?.isEmpty == false)
        }
        let leaky = try #require(items.first { $0["name"] as? String == "leaky-relu" })
        let parameters = try #require(leaky["parameters"] as? [[String: Any]])
        #expect(parameters.first?["name"] as? String == "slope")
        #expect(parameters.first?["defaultValue"] as? Double == 0.01)
        let sigmoid = try #require(items.first { $0["name"] as? String == "sigmoid" })
        #expect(sigmoid["maximumSlope"] as? Double == 0.25)
    }

    @Test func listRejectsUnknownFormat() throws {
        expectOneLineError(try BinaryRunner.run(["list", "--format", "xml"]), containing: ["xml"])
    }

    // MARK: eval

    @Test func evalArguments() throws {
        let r = try BinaryRunner.run(["eval", "sigmoid", "0", "2"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let values = rows(r)
        #expect(values.count == 2)
        #expect(values[0] == [0, 0.5, 0.25])
        let s = 1 / (1 + exp(-2.0))
        #expect(abs(values[1][1] - s) <= 1e-15 && abs(values[1][2] / (s * (1 - s)) - 1) <= 1e-14)
    }

    @Test func evalNegativeInputsAfterDoubleDashAndDirectly() throws {
        let expected = [Self.seluLambda * Self.seluAlpha * (exp(-1.0) - 1), 0, Self.seluLambda]
        for arguments in [["eval", "selu", "--", "-1", "0", "1"], ["eval", "selu", "-1", "0", "1"]] {
            let r = try BinaryRunner.run(arguments)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            let values = rows(r)
            #expect(values.map { $0[0] } == [-1, 0, 1])
            for (row, y) in zip(values, expected) {
                #expect(abs(row[1] - y) <= 1e-15 * Swift.max(1, abs(y)), "\(arguments): \(row)")
            }
        }
    }

    @Test func evalWithParameters() throws {
        let r = try BinaryRunner.run(["eval", "lrelu", "--param", "slope=0.2", "--", "-2", "3"])
        #expect(rows(r) == [[-2, -0.4, 0.2], [3, 3, 1]])
        let maxout = try BinaryRunner.run(["eval", "maxout", "--param", "w1=0.5", "--param", "b1=1", "--param", "w2=-2", "2"])
        #expect(rows(maxout) == [[2, 2, 0.5]])
    }

    @Test func evalPrintsRoundTripPrecision() throws {
        let r = try BinaryRunner.run(["eval", "linear", "0.1", "1e-300", "123456789.123"])
        #expect(r.stdout == "x,value,derivative\n0.1,0.1,1.0\n1e-300,1e-300,1.0\n123456789.123,123456789.123,1.0\n")
        // Tails survive printing: σ(−700) ≈ 9.8596765437597708567e-305.
        let tail = rows(try BinaryRunner.run(["eval", "sigmoid", "--", "-700"]))
        #expect(abs(tail[0][1] / 9.8596765437597708567e-305 - 1) < 1e-12)
    }

    @Test func evalReadsStandardInput() throws {
        let r = try BinaryRunner.run(["eval", "relu"], input: "1.5\n\n  -2 \n\r\n0\n")
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(rows(r) == [[1.5, 1.5, 1], [-2, 0, 0], [0, 0, 0]])
        let empty = try BinaryRunner.run(["eval", "relu"], input: "")
        #expect(empty.status == 0 && empty.stdout == "x,value,derivative\n")
    }

    @Test func evalStandardInputScales() throws {
        // 20 000 lines through a pipe, checked row by row against the maths.
        let xs = (0..<20_000).map { Double($0 - 10_000) / 500 }
        let r = try BinaryRunner.run(["eval", "tanh"], input: xs.map { "\($0)" }.joined(separator: "\n") + "\n")
        let values = rows(r)
        #expect(values.count == xs.count)
        for (row, x) in zip(values, xs) where row[0] != x || abs(row[1] - tanh(x)) > 1e-15 {
            Issue.record("row \(row) for x = \(x)")
            break
        }
    }

    // MARK: eval errors

    @Test func evalUnknownNameSuggests() throws {
        expectOneLineError(try BinaryRunner.run(["eval", "sigmod", "0"]),
                           containing: ["unknown activation 'sigmod'", "did you mean: sigmoid"])
    }

    @Test func evalParameterErrors() throws {
        expectOneLineError(try BinaryRunner.run(["eval", "elu", "--param", "beta=1", "0"]), containing: ["beta", "alpha"])
        expectOneLineError(try BinaryRunner.run(["eval", "leaky-relu", "--param", "slope=5", "0"]), containing: ["slope", "range"])
        expectOneLineError(try BinaryRunner.run(["eval", "leaky-relu", "--param", "slope", "0"]), containing: ["NAME=VALUE"])
        expectOneLineError(try BinaryRunner.run(["eval", "leaky-relu", "--param", "slope=abc", "0"]), containing: ["abc"])
        expectOneLineError(try BinaryRunner.run(["eval", "relu", "--param", "alpha=1", "0"]), containing: ["alpha"])
    }

    @Test func evalBadArgumentNamesIt() throws {
        expectOneLineError(try BinaryRunner.run(["eval", "relu", "1", "abc", "3"]), containing: ["'abc'", "argument 2"])
        expectOneLineError(try BinaryRunner.run(["eval", "relu", "nan"]), containing: ["finite", "nan"])
        expectOneLineError(try BinaryRunner.run(["eval", "relu", "--", "-inf"]), containing: ["finite", "-inf"])
        expectOneLineError(try BinaryRunner.run(["eval", "relu", "1e999"]), containing: ["finite"])
    }

    @Test func evalMistypedOptionIsCalledAnOption() throws {
        expectOneLineError(try BinaryRunner.run(["eval", "elu", "--params", "alpha=1", "0"]), containing: ["unknown option '--params'"])
        // A number is never mistaken for an option.
        #expect(rows(try BinaryRunner.run(["eval", "relu", "-.5", "-1e-3"])) == [[-0.5, 0, 0], [-0.001, 0, 0]])
    }

    /// Standard input streams: the rows before a bad line are already out
    /// (the header and "1"), the bad line ends the output with one error.
    @Test func evalBadStandardInputLineNamesIt() throws {
        let bad = try BinaryRunner.run(["eval", "relu"], input: "1\n\n2x\n3\n")
        #expect(bad.status == 1 && bad.stdout == "x,value,derivative\n1.0,1.0,1.0\n")
        #expect(bad.stderr == "actview: eval: standard input line 3: '2x' is not a number\n")
        let infinite = try BinaryRunner.run(["eval", "relu"], input: "inf\n")
        #expect(infinite.status == 1 && infinite.stdout == "x,value,derivative\n")
        #expect(infinite.stderr == "actview: eval: standard input line 1: x must be a finite number, got 'inf'\n")
    }

    @Test func evalMissingName() throws {
        let r = try BinaryRunner.run(["eval"])
        expectOneLineError(r, containing: ["name"])
    }
}
