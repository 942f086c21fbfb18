#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines for standard output, written with write(2) when flushed: no stdio
/// buffer decides when output appears. A write error (a closed pipe while
/// SIGPIPE is ignored) is one `actview:` line instead of output lost
/// silently.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    /// Past this, callers flush without waiting for the end.
    var isLarge: Bool { bytes.count >= 1 << 16 }

    mutating func append(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func flush() throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                bytes.removeAll()
                throw CLIError("cannot write the output: \(reason)")
            }
            offset += written
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
