import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a data file whole, with the checks that turn the usual mistakes
/// (a typo in the path, a directory, a huge file) into one clear line.
enum DatasetFile {
    /// The contents of `path`, decompressed when they are gzip data (told by
    /// the magic number, not the name). Neither the file nor its decompressed
    /// contents may exceed `limit` bytes.
    static func contents(of path: String, limit: Int = Gzip.defaultLimit) throws(DatasetError) -> [UInt8] {
        let raw = try read(path, limit: limit)
        return Gzip.isCompressed(raw) ? try Gzip.decompress(raw, source: path, limit: limit) : raw
    }

    /// The raw bytes of `path`.
    static func read(_ path: String, limit: Int = Gzip.defaultLimit) throws(DatasetError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError("\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw DatasetError("\(path): is a directory, not a file")
        }
        // Non-blocking, so opening a FIFO cannot wait forever for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw DatasetError("\(path): cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            // A FIFO or device could block or never end.
            throw DatasetError("\(path): not a regular file")
        }
        guard Int64(status.st_size) <= Int64(limit) else {
            throw DatasetError("\(path): file is \(status.st_size) bytes, more than the \(limit)-byte limit")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = block.withUnsafeMutableBytes { readBlock(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DatasetError("\(path): cannot read the file at byte \(bytes.count): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            // The file may have grown since it was measured.
            guard bytes.count + count <= limit else {
                throw DatasetError("\(path): file is more than the \(limit)-byte limit")
            }
            bytes.append(contentsOf: block[0..<count])
        }
        return bytes
    }

    /// True when `path` names an existing regular file (or a link to one).
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// A cell or header as quoted in an error: short, printable, one line.
    static func quoted(_ text: some StringProtocol, maximumLength: Int = 24) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(maximumLength) {
            if scalar.properties.generalCategory == .control || scalar == "'" {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if text.unicodeScalars.count > maximumLength { out += "…" }
        return "'\(out)'"
    }
}

/// POSIX read(2), named apart from `DatasetFile.read`.
private func readBlock(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
