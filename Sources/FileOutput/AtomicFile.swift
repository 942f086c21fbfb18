import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a
/// temporary file in the same directory (same file system, so the final step
/// is a rename, not a copy), then the temporary file takes the final name.
public enum AtomicFile {
    /// A write that failed, with a message fit for one line on stderr or the
    /// status bar.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: String
        /// The destination already existed and overwriting was not allowed.
        public let alreadyExists: Bool

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `data` to `url` atomically. With `overwrite: false` an existing
    /// file is never replaced, not even by a racing writer: the final step
    /// is a hard link, which fails if the name is taken.
    public static func write(_ data: Data, to url: URL, overwrite: Bool = true) throws {
        let path = url.path
        // A rename would replace whatever has the name: never let it take a
        // device (/dev/full, as root), a FIFO or a directory.
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFLNK {
            throw WriteError(path: path, reason: "not a regular file; the output goes to a new or a regular file",
                             alreadyExists: true)
        }
        let directory = url.deletingLastPathComponent().path
        let temporary = try writeTemporary(data, beside: url, in: directory)
        if overwrite {
            if rename(temporary, path) != 0 {
                let reason = errnoText()
                unlink(temporary)
                throw WriteError(path: path, reason: reason, alreadyExists: false)
            }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let linkError = errno
        if linkError == EEXIST {
            unlink(temporary)
            throw WriteError(path: path, reason: "file exists", alreadyExists: true)
        }
        // Some file systems have no hard links; check, then rename (a small
        // race window, but still never a torn file).
        if access(path, F_OK) == 0 {
            unlink(temporary)
            throw WriteError(path: path, reason: "file exists", alreadyExists: true)
        }
        if rename(temporary, path) != 0 {
            let reason = errnoText()
            unlink(temporary)
            throw WriteError(path: path, reason: reason, alreadyExists: false)
        }
    }

    /// Writes `data` under the first free name `stem + suffix + ext`, where
    /// suffix is "" then "-2", "-3", … Returns the URL written.
    public static func writeNew(_ data: Data, directory: URL, stem: String, extension ext: String) throws -> URL {
        for n in 1...1000 {
            let url = directory.appendingPathComponent(stem + (n == 1 ? "" : "-\(n)") + "." + ext)
            do {
                try write(data, to: url, overwrite: false)
                return url
            } catch let error as WriteError where error.alreadyExists {
                continue
            }
        }
        throw WriteError(path: directory.appendingPathComponent(stem + "." + ext).path,
                         reason: "too many files with this name", alreadyExists: true)
    }

    private static func writeTemporary(_ data: Data, beside url: URL, in directory: String) throws -> String {
        let base = url.lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temporary = directory + "/." + base + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw WriteError(path: url.path, reason: errnoText(), alreadyExists: false)
        }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errnoText()
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = errnoText() }
        if close(fd) != 0, failure == nil { failure = errnoText() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: url.path, reason: failure, alreadyExists: false)
        }
        return temporary
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

/// `write(2)`, under a name the static `write(_:to:)` above does not shadow.
func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}
