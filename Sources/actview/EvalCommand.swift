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
            the inputs are read from standard input, one per line (blank lines and a UTF-8 \
            byte-order mark are skipped), and each result is printed as soon as its line arrives.

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
        var output = OutputBuffer()
        if !inputs.isEmpty {
            // Every argument is checked before anything is printed.
            let xs = try inputs.filter { $0 != "--" }.enumerated().map { index, text in
                // Inputs take anything unrecognised, so a mistyped option lands here.
                if Double(text) == nil, text.hasPrefix("-"), let next = text.dropFirst().first, next == "-" || next.isLetter {
                    throw CLIError("eval: unknown option '\(Self.printable(text))'")
                }
                return try Self.number(text, at: "argument \(index + 1)")
            }
            output.append(Self.header)
            for x in xs {
                output.append(Self.line(activation, x))
                if output.isLarge { try output.flush() }
            }
            try output.flush()
            return
        }
        // Streamed: the header at once, then each result as soon as its line
        // has arrived, in constant memory. A bad line ends the output there
        // (the lines before it stay printed), with one line on stderr.
        output.append(Self.header)
        try output.flush()
        var lines = InputLines(descriptor: STDIN_FILENO, maximumLength: Self.maximumLineLength)
        var lineNumber = 0
        do {
            while let line = try lines.next(flushingBeforeWait: { try output.flush() }) {
                lineNumber += 1
                let text = String(decoding: line, as: UTF8.self)
                guard !Self.isBlank(text) else { continue }
                output.append(Self.line(activation, try Self.number(text, at: "standard input line \(lineNumber)")))
                if output.isLarge { try output.flush() }
            }
        } catch let error as InputLines.TooLong {
            try output.flush()
            throw CLIError("eval: standard input line \(lineNumber + 1) is longer than \(error.limit) bytes; expected one number per line")
        } catch {
            try output.flush()
            throw error
        }
        try output.flush()
    }

    /// Longer than any spelling of a number: a line past it is not one.
    static let maximumLineLength = 4096

    /// ArgumentParser copies its record of every positional value each time
    /// it stores another, so 40 001 X values took 39 s to parse. `eval`'s
    /// values are therefore taken off the command line before parsing and
    /// given to the command afterwards: every word after NAME except
    /// `--param` and its value, `-h`, `--help` and `--version`. Nil when the
    /// command line is not `eval …` (or is one the parser should see whole).
    static func takeInputs(from arguments: inout [String]) -> [String]? {
        guard arguments.first == "eval" else { return nil }
        var kept = ["eval"], taken: [String] = []
        var sawName = false, afterTerminator = false
        var i = 1
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if afterTerminator {
                taken.append(word)
            } else if word == "--" {
                // `eval -- NAME …`: the parser's business.
                guard sawName else { return nil }
                afterTerminator = true
            } else if word == "--param" {
                kept.append(word)
                if i < arguments.count {
                    kept.append(arguments[i])
                    i += 1
                }
            } else if word.hasPrefix("--param=") || ["-h", "--help", "--version"].contains(word) {
                kept.append(word)
            } else if !sawName {
                kept.append(word)
                // An unknown option before NAME is the parser's to report.
                if !(word.hasPrefix("-") && Double(word) == nil) { sawName = true }
            } else {
                taken.append(word)
            }
        }
        arguments = kept
        return taken
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
        // Trimmed by hand: Foundation's trimmingCharacters, with its
        // character set built for every line, was two thirds of the time.
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
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
    static func printable(_ text: some StringProtocol) -> String {
        let flat = String(text.map { $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) ? "?" : $0 })
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }
}
