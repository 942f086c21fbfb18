#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from a file descriptor, read in blocks with read(2), in constant
/// memory: one block and one partial line of at most `maximumLength` bytes.
/// Before each read that may wait for more input, the caller's `flush`
/// runs, so whatever was answered so far is out before the program waits:
/// a slow writer sees each answer as soon as its line is read, and a fast
/// pipe still gets one write per block. A UTF-8 byte-order mark at the
/// very start is skipped; the line end (LF, and a CR before it) is not part
/// of the line.
struct InputLines {
    struct TooLong: Error {
        let limit: Int
    }

    struct ReadFailed: Error, CustomStringConvertible {
        let description: String
    }

    let descriptor: Int32
    let maximumLength: Int
    private var block = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var partial: [UInt8] = []
    private var atStart = true
    private var atEnd = false

    init(descriptor: Int32, maximumLength: Int) {
        self.descriptor = descriptor
        self.maximumLength = maximumLength
    }

    /// The next line, or nil at the end of the input.
    mutating func next(flushingBeforeWait flush: () throws -> Void) throws -> [UInt8]? {
        while true {
            if let newline = block[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                var line = partial + block[start..<newline]
                partial.removeAll(keepingCapacity: true)
                start = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                guard line.count <= maximumLength else { throw TooLong(limit: maximumLength) }
                return stripMark(line)
            }
            partial += block[start..<end]
            start = end
            guard partial.count <= maximumLength else { throw TooLong(limit: maximumLength) }
            if atEnd {
                guard !partial.isEmpty else { return nil }
                let line = partial
                partial.removeAll()
                return stripMark(line)
            }
            try flush()
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadFailed(description: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            start = 0
            end = count
            if count == 0 { atEnd = true }
        }
    }

    private mutating func stripMark(_ line: [UInt8]) -> [UInt8] {
        defer { atStart = false }
        guard atStart, line.starts(with: [0xEF, 0xBB, 0xBF]) else { return line }
        return Array(line.dropFirst(3))
    }
}
