import Activations
import ArgumentParser
import Foundation

/// `actview list`: the catalogue at a glance, as an 80-column table, CSV for
/// spreadsheets, or JSON for notebooks.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the activation functions: names, aliases, formulas, ranges, parameters.",
        discussion: "JSON also carries f′, the shape properties, the largest slope, the pros and cons "
            + "(English and Korean) and the Keras and PyTorch spellings."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    func run() throws {
        let text: String
        switch format {
        case .table: text = Self.table()
        case .csv: text = Self.csv()
        case .json: text = try Self.json()
        }
        print(text)
    }

    // MARK: Table

    /// Column widths summing, with two spaces between columns, to 78: the
    /// table fits an 80-column terminal without the cursor wrapping.
    private static let columns: [(title: String, width: Int)] = [("NAME", 17), ("FORMULA", 31), ("RANGE", 14), ("PARAMETER", 10)]

    static func table() -> String {
        var lines = [row(columns.map(\.title)), row(columns.map { String(repeating: "-", count: $0.width) })]
        for entry in Catalogue.entries {
            let names = ([entry.kind.rawValue] + entry.aliases.map { "(\($0))" }).map { fit($0, width: columns[0].width) }
            let parameters = entry.parameters.map { "\($0.name)=\(number($0.defaultValue))" }
            let cells = [
                names,
                wrap(entry.formula, width: columns[1].width),
                wrap(entry.outputRange, width: columns[2].width),
                parameters.isEmpty ? ["-"] : parameters.map { fit($0, width: columns[3].width) },
            ]
            let height = cells.map(\.count).max() ?? 1
            for i in 0..<height {
                lines.append(row(cells.map { i < $0.count ? $0[i] : "" }))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Shortened with an ellipsis if wider than the column.
    private static func fit(_ text: String, width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func row(_ cells: [String]) -> String {
        var line = ""
        for (cell, column) in zip(cells, columns) {
            // Every catalogue character is one column wide, so Characters count columns.
            line += cell + String(repeating: " ", count: max(0, column.width - cell.count)) + "  "
        }
        return String(line.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// Word wrap that prefers to break between the cases of a formula
    /// (after "," or ";", or before "=" or "≈") when that still fills a third
    /// of a line, and otherwise at the last space. A word longer than the width is
    /// cut, so no line ever exceeds its column.
    static func wrap(_ text: String, width: Int) -> [String] {
        func length(_ words: ArraySlice<String>) -> Int { words.joined(separator: " ").count }
        var words: [String] = []
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > width {
                words.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if !word.isEmpty { words.append(word) }
        }
        var lines: [String] = []
        var current: ArraySlice<String> = []
        for word in words {
            current.append(word)
            while length(current) > width {
                // Break before index k, somewhere in 1..<count.
                let preferred = (1..<current.count).last { k in
                    let before = current[current.startIndex + k - 1], after = current[current.startIndex + k]
                    let isCaseBoundary = before.hasSuffix(",") || before.hasSuffix(";") || after == "=" || after == "≈"
                    let head = current.prefix(k)
                    return isCaseBoundary && length(head) <= width && length(head) * 3 >= width
                }
                let k = preferred ?? current.count - 1
                lines.append(current.prefix(k).joined(separator: " "))
                current = current.dropFirst(k)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current.joined(separator: " ")) }
        return lines
    }

    /// A parameter value as typed on the command line: 1, 0.01, 0.25.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: CSV

    static func csv() -> String {
        var lines = ["name,aliases,display_name,formula,derivative,range,parameters"]
        for entry in Catalogue.entries {
            let fields = [
                entry.kind.rawValue,
                entry.aliases.joined(separator: ";"),
                entry.displayName,
                entry.formula,
                entry.derivativeFormula,
                entry.outputRange,
                entry.parameters.map { "\($0.name)=\(number($0.defaultValue))" }.joined(separator: ";"),
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// RFC 4180: quote a field holding a comma, quote or line break.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: JSON

    private struct Item: Encodable {
        struct Parameter: Encodable {
            var name: String
            var defaultValue: Double
            var minimum: Double
            var maximum: Double
            var meaning: String
        }
        struct Properties: Encodable {
            var monotone: Bool
            var smooth: Bool
            var zeroCentred: Bool
            var bounded: Bool
        }
        struct Points: Encodable {
            var en: [String]
            var ko: [String]
        }
        var name: String
        var displayName: String
        var aliases: [String]
        var formula: String
        var derivative: String
        var range: String
        var parameters: [Parameter]
        var properties: Properties
        var maximumSlope: Double
        var pros: Points
        var cons: Points
        var keras: String
        var pytorch: String
    }

    static func json() throws -> String {
        let items = Catalogue.entries.map { entry in
            Item(
                name: entry.kind.rawValue,
                displayName: entry.displayName,
                aliases: entry.aliases,
                formula: entry.formula,
                derivative: entry.derivativeFormula,
                range: entry.outputRange,
                parameters: entry.parameters.map {
                    .init(name: $0.name, defaultValue: $0.defaultValue, minimum: $0.range.lowerBound,
                          maximum: $0.range.upperBound, meaning: $0.meaning)
                },
                properties: .init(monotone: entry.properties.isMonotone, smooth: entry.properties.isSmooth,
                                  zeroCentred: entry.properties.isZeroCentred, bounded: entry.properties.isBounded),
                maximumSlope: Activation(entry.kind).maximumSlope,
                pros: .init(en: entry.pros.english, ko: entry.pros.korean),
                cons: .init(en: entry.cons.english, ko: entry.cons.korean),
                keras: entry.keras,
                pytorch: entry.pytorch
            )
        }
        let encoder = JSONEncoder()
        // Sorted keys keep the output byte-stable for diffs and golden files.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(items), as: UTF8.self)
    }
}
