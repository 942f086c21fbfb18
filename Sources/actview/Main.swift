import ArgumentParser
import Activations
import Terminal
import Datasets
import Explorer
import FileOutput
import Foundation
import NeuralNet
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
        BacktraceMode.ensureNonInteractive()
        ProcessSignals.install()
        // For the tests of what a crash leaves behind (the explorer has its
        // own, after its first frame).
        if ProcessInfo.processInfo.environment["ACTVIEW_TEST_CRASH"] == "start" {
            fatalError("a deliberate crash at start (ACTVIEW_TEST_CRASH=start)")
        }
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            try ActView.checkHelpTopic(arguments)
            let evalInputs = EvalCommand.takeInputs(from: &arguments)
            var command = try ActView.parseAsRoot(arguments)
            if var eval = command as? EvalCommand, let evalInputs {
                eval.inputs += evalInputs
                command = eval
            }
            try command.run()
        } catch let error as CLIError {
            fail(error.description, status: error.status)
        } catch let error as ConfigurationError {
            fail(error.description, status: 1)
        } catch let error as DatasetError {
            fail(error.description, status: 1)
        } catch let error as ActivationError {
            fail(error.description, status: 1)
        } catch let error as ExplorerError {
            fail(error.description, status: 1)
        } catch let error as TerminalError {
            fail(error.description, status: 1)
        } catch let error as AtomicFile.WriteError {
            fail(error.description, status: 1)
        } catch {
            let code = ActView.exitCode(for: error)
            if code == .success {
                // --help, --version and other clean exits.
                print(ActView.fullMessage(for: error))
                exit(0)
            }
            let message = ActView.message(for: error)
            if message.isEmpty { exit(code.rawValue) }
            // Every bad input exits 1, whichever layer refused it.
            fail(message, status: 1)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        // The parser lists a long set of valid values as bullets; one line
        // names them with commas instead.
        let listed = message.replacingOccurrences(of: "Please provide one of the following:\n  - ", with: "Please provide one of ")
            .replacingOccurrences(of: "\n  - ", with: ", ")
        let line = listed
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
            .replacingOccurrences(of: "Error: ", with: "")
        // Input echoed in a message may hold escape sequences; printed raw,
        // they would act on the terminal instead of showing what was typed.
        writeStandardError("actview: \(PrintableText.escaped(line))\n")
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
