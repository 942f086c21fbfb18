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
        do {
            var command = try ActView.parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description, status: error.status)
        } catch {
            let code = ActView.exitCode(for: error)
            if code == .success {
                // --help, --version and other clean exits.
                print(ActView.fullMessage(for: error))
                exit(0)
            }
            let message = ActView.message(for: error)
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
        writeStandardError("actview: \(line)\n")
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
