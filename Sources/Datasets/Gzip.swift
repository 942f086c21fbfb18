import CZlib

/// gzip (and zlib) streams through zlib. Output is produced in bounded
/// chunks and capped, so a tiny file that claims to hold gigabytes (a gzip
/// bomb) fails with an error instead of exhausting memory.
public enum Gzip {
    /// The default cap on decompressed output: 1 GiB.
    public static let defaultLimit = 1 << 30

    /// True when `bytes` starts with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates a whole gzip or zlib stream; `source` names it in errors.
    public static func decompress(_ bytes: [UInt8], source: String,
                                  limit: Int = defaultLimit) throws(DatasetError) -> [UInt8] {
        let inflater = try Inflater(bytes, source: source)
        var output: [UInt8] = []
        // Asking for one byte past the limit tells "exactly at" from "over".
        let limitPlusOne = limit == Int.max ? limit : limit + 1
        _ = try inflater.read(limitPlusOne, into: &output)
        if output.count > limit {
            throw DatasetError("\(source): gzip data expands to more than \(limit) bytes; refusing to load it")
        }
        return output
    }

    /// Compresses `bytes` into a single gzip member (used to write fixtures
    /// and compressed exports).
    public static func compress(_ bytes: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // windowBits 15 + 16 asks for a gzip header and trailer.
        let status = deflateInit2_(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2_ failed: \(status)")
        defer { deflateEnd(stream) }
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress
                stream.pointee.avail_in = uInt(inputBuffer.count)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = uInt(outputBuffer.count)
                // deflateBound guarantees one Z_FINISH call suffices.
                let result = deflate(stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "deflate did not finish: \(result)")
                return Int(stream.pointee.total_out)
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
