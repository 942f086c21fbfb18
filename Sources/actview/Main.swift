import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point. ArgumentParser's own error output spans several lines; the
/// product promises one clear line on stderr per bad input, so errors are
/// caught here and printed as `actview: <message>`.
@main
enum Main {
    static func main() {
        // A subcommand parses its own arguments: otherwise the explorer's
        // root options (--preset, --activation, --dataset, --seed) would take
        // the values meant for the subcommand's options of the same names.
        let arguments = Array(CommandLine.arguments.dropFirst())
        let subcommand = arguments.first.flatMap { name in
            ActView.configuration.subcommands.first { $0.configuration.commandName == name }
        }
        let root: ParsableCommand.Type = subcommand ?? ActView.self
        do {
            var command = try root.parseAsRoot(subcommand == nil ? arguments : Array(arguments.dropFirst()))
            try command.run()
        } catch let error as CLIError {
            fail(error.description, status: error.status)
        } catch {
            let code = root.exitCode(for: error)
            if code == .success {
                // --help, --version and other clean exits.
                print(subcommand.map { ActView.helpMessage(for: $0) } ?? ActView.fullMessage(for: error))
                exit(0)
            }
            let message = root.message(for: error)
            if message.isEmpty { exit(code.rawValue) }
            fail(message, status: code.rawValue == 0 ? 1 : code.rawValue)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        let line = message
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
            .replacingOccurrences(of: "Error: ", with: "")
        // Input echoed in a message may hold escape sequences; printed raw,
        // they would act on the terminal instead of showing what was typed.
        let shown = line.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
        writeStandardError("actview: \(shown)\n")
        exit(status)
    }
}

func writeStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}
