import Activations
import ArgumentParser
import Foundation
import NeuralNet
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actview eval NAME [X ...]`: f(x) and f′(x) as CSV, for checking a slide
/// or feeding a notebook.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print x, f(x) and f′(x) as CSV for one activation.",
        discussion: """
            Values are computed in Double and printed with round-trip precision. With no X, \
            the inputs are read from standard input, one per line (blank lines are skipped).

            Negative inputs may be given directly or after '--':
              actview eval selu -- -1 0 1
              printf '0\\n-2\\n' | actview eval leaky-relu --param slope=0.2
            """
    )

    @Argument(help: "The activation, by name or alias (see 'actview list').")
    var name: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter of the activation, e.g. slope=0.2 (repeatable).", valueName: "K=V"))
    var parameters: [String] = []

    // `.allUnrecognized` lets `-1` through as an input instead of failing as
    // an unknown option; anything that is not a number is reported below.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Inputs x (default: standard input).", valueName: "x"))
    var inputs: [String] = []

    func run() throws {
        let activation = try Activation(try ConfigurationParser.activationKind(name),
                                        parameters: try ConfigurationParser.parameters(parameters))

        if !inputs.isEmpty {
            // Every argument is checked before anything is printed.
            let xs = try inputs.filter { $0 != "--" }.enumerated().map { index, text in
                // Inputs take anything unrecognised, so a mistyped option lands here.
                if Double(text) == nil, text.hasPrefix("-"), let next = text.dropFirst().first, next == "-" || next.isLetter {
                    throw CLIError("eval: unknown option '\(Self.printable(text))'")
                }
                return try Self.number(text, at: "argument \(index + 1)")
            }
            print(Self.header + "\n" + xs.map { Self.line(activation, $0) }.joined(separator: "\n"))
            return
        }

        if isatty(STDIN_FILENO) != 0 {
            // Typed by hand: answer each line as it comes.
            print(Self.header)
            var lineNumber = 0
            while let text = readLine() {
                lineNumber += 1
                guard !Self.isBlank(text) else { continue }
                print(Self.line(activation, try Self.number(text, at: "line \(lineNumber)")))
                fflush(nil)  // all streams; stdout itself is not concurrency-safe to name
            }
            return
        }

        // Piped: read and check everything first, so a bad line leaves no
        // half-written CSV behind.
        var xs: [Double] = []
        var lineNumber = 0
        while let text = readLine() {
            lineNumber += 1
            guard !Self.isBlank(text) else { continue }
            xs.append(try Self.number(text, at: "standard input line \(lineNumber)"))
        }
        var output = Self.header + "\n"
        output.reserveCapacity(xs.count * 48)
        for x in xs {
            output += Self.line(activation, x)
            output += "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    static let header = "x,value,derivative"

    /// One CSV row. `description` is Swift's shortest round-trip form.
    static func line(_ activation: Activation, _ x: Double) -> String {
        "\(x.description),\(activation.value(x).description),\(activation.derivative(x).description)"
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// A finite Double from user text, or an error naming where it came from.
    static func number(_ text: String, at place: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
        guard let x = Double(trimmed) else {
            throw CLIError("eval: \(place): '\(printable(trimmed))' is not a number")
        }
        guard x.isFinite else {
            throw CLIError("eval: \(place): x must be a finite number, got '\(printable(trimmed))'")
        }
        return x
    }

    /// Shortened and made one line, so an error message stays one line even
    /// for binary junk on standard input.
    static func printable(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) ? "?" : $0 })
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }
}
