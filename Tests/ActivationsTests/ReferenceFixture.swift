import Activations
import Foundation

/// The mpmath reference written by `Fixtures/make_reference.py`: f and f′ at
/// 50 significant digits, rounded to Double when read.
struct ReferenceFixture {
    struct Row {
        var line: Int
        var name: String
        var parameters: [String: Double]
        var x: Double
        var value: Double
        var derivative: Double
    }

    struct Peak {
        var name: String
        var kind: String
        var x: Double
        var y: Double
    }

    static func rows() throws -> [Row] {
        var rows: [Row] = []
        for (index, fields) in try records(named: "reference").enumerated() {
            guard fields.count == 5, let x = Double(fields[2]), let value = Double(fields[3]),
                  let derivative = Double(fields[4]) else {
                throw FixtureError("reference.csv line \(index + 2) is malformed")
            }
            var parameters: [String: Double] = [:]
            for pair in fields[1].split(separator: ";") {
                let parts = pair.split(separator: "=")
                guard parts.count == 2, let v = Double(parts[1]) else {
                    throw FixtureError("reference.csv line \(index + 2): bad parameter '\(pair)'")
                }
                parameters[String(parts[0])] = v
            }
            rows.append(Row(line: index + 2, name: fields[0], parameters: parameters, x: x, value: value, derivative: derivative))
        }
        return rows
    }

    static func peaks() throws -> [Peak] {
        try records(named: "peaks").map { fields in
            guard fields.count == 4, let x = Double(fields[2]), let y = Double(fields[3]) else {
                throw FixtureError("peaks.csv is malformed")
            }
            return Peak(name: fields[0], kind: fields[1], x: x, y: y)
        }
    }

    /// The data lines of a fixture (header dropped), split on commas; the
    /// fixtures contain no quoted fields.
    private static func records(named name: String) throws -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures") else {
            throw FixtureError("fixture \(name).csv is missing from the test bundle")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
