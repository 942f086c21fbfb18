import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a data file whole, with the checks that turn the usual mistakes
/// (a typo in the path, a directory, a symlink loop, a huge file) into one
/// clear line.
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
        try read(path, limit: limit, prefix: nil)
    }

    /// The first `count` bytes of `path` (fewer if it is shorter): enough
    /// to read a header without reading the file.
    static func readPrefix(_ path: String, count: Int) throws(DatasetError) -> [UInt8] {
        try read(path, limit: Int.max, prefix: count)
    }

    private static func read(_ path: String, limit: Int, prefix: Int?) throws(DatasetError) -> [UInt8] {
        let kind = try fileKind(path)
        guard kind != .directory else { throw DatasetError("\(path): is a directory, not a file") }
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
        guard prefix != nil || Int64(status.st_size) <= Int64(limit) else {
            throw DatasetError("\(path): file is \(status.st_size) bytes, more than the \(limit)-byte limit")
        }
        let wanted = prefix.map { Swift.min($0, Int(status.st_size)) } ?? Int(status.st_size)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(wanted)
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while prefix.map({ bytes.count < $0 }) ?? true {
            let room = prefix.map { Swift.min(block.count, $0 - bytes.count) } ?? block.count
            let count = block.withUnsafeMutableBytes { readBlock(descriptor, $0.baseAddress, room) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DatasetError("\(path): cannot read the file at byte \(bytes.count): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            // The file may have grown since it was measured.
            guard prefix != nil || bytes.count + count <= limit else {
                throw DatasetError("\(path): file is more than the \(limit)-byte limit")
            }
            bytes.append(contentsOf: block[0..<count])
        }
        return bytes
    }

    /// The size in bytes of the regular file `path`.
    static func size(of path: String) throws(DatasetError) -> Int {
        guard try fileKind(path) == .regular else { throw DatasetError("\(path): not a regular file") }
        var status = stat()
        guard stat(path, &status) == 0 else { throw DatasetError("\(path): cannot read its size") }
        return Int(status.st_size)
    }

    enum FileKind { case regular, directory, other }

    /// What `path` is, following symbolic links; an error that names the
    /// real cause when it cannot be reached (a missing file, a loop of
    /// links, a path through something that is not a directory, …).
    static func fileKind(_ path: String) throws(DatasetError) -> FileKind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            var linkStatus = stat()
            let isLink = lstat(path, &linkStatus) == 0 && (linkStatus.st_mode & S_IFMT) == S_IFLNK
            switch code {
            case ENOENT:
                throw DatasetError(isLink ? "\(path): a symbolic link to a file that does not exist" : "\(path): no such file")
            case ELOOP:
                throw DatasetError("\(path): a loop of symbolic links (too many levels of links to reach a file)")
            case ENOTDIR:
                throw DatasetError("\(path): no such file (a part of the path is not a directory)")
            case EACCES:
                throw DatasetError("\(path): permission denied (a directory on the path cannot be searched)")
            default:
                throw DatasetError("\(path): cannot reach the file: \(String(cString: strerror(code)))")
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// True when `path` names an existing regular file (or a link to one).
    static func isFile(_ path: String) -> Bool {
        (try? fileKind(path)) == .regular
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
