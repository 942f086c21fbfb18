import CZlib

/// A pull-style inflater: the IDX reader asks for exactly the bytes a header
/// declares, so nothing beyond them is ever allocated.
final class Inflater {
    let source: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let inputCount: Int
    private let chunk: UnsafeMutableBufferPointer<UInt8>
    /// True once the final member's trailer (and its CRC) has been checked.
    private(set) var isAtEnd = false

    init(_ bytes: [UInt8], source: String) throws(DatasetError) {
        self.source = source
        inputCount = bytes.count
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        chunk = .allocate(capacity: 1 << 16)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        stream.pointee.next_in = input.baseAddress
        stream.pointee.avail_in = uInt(bytes.count)
        // windowBits 15 + 32: accept a gzip or a zlib header, detected automatically.
        let status = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            chunk.deallocate()
            stream.deallocate()
            throw DatasetError("\(source): cannot start zlib (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        chunk.deallocate()
        input.deallocate()
    }

    /// Offset into the compressed input, for error messages.
    private var inputOffset: Int { inputCount - Int(stream.pointee.avail_in) }

    /// Appends up to `count` decompressed bytes to `buffer` and returns how
    /// many it appended; fewer than `count` only at the end of the stream.
    func read(_ count: Int, into buffer: inout [UInt8]) throws(DatasetError) -> Int {
        var remaining = count
        while remaining > 0 && !isAtEnd {
            let want = min(remaining, chunk.count)
            stream.pointee.next_out = chunk.baseAddress
            stream.pointee.avail_out = uInt(want)
            let availableBefore = stream.pointee.avail_in
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = want - Int(stream.pointee.avail_out)
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<produced]))
            remaining -= produced
            switch status {
            case Z_OK:
                if produced == 0 && stream.pointee.avail_in == availableBefore {
                    // No progress would mean looping forever; zlib never does this, but be sure.
                    throw DatasetError("\(source): gzip stream stalled at compressed byte \(inputOffset)")
                }
            case Z_STREAM_END:
                try finishMember()
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                throw DatasetError("\(source): truncated gzip data: the stream ends at compressed byte \(inputOffset) before its end marker")
            case Z_DATA_ERROR:
                throw DatasetError("\(source): corrupt gzip data near compressed byte \(inputOffset): \(zlibMessage)")
            case Z_NEED_DICT:
                throw DatasetError("\(source): zlib stream needs a preset dictionary (at compressed byte \(inputOffset))")
            case Z_MEM_ERROR:
                throw DatasetError("\(source): out of memory while decompressing")
            default:
                throw DatasetError("\(source): cannot decompress at compressed byte \(inputOffset) (zlib status \(status): \(zlibMessage))")
            }
        }
        return count - remaining
    }

    /// After one member ends: `gzip a b > c` concatenates members, so go on
    /// to the next one; anything else after the stream is an error.
    private func finishMember() throws(DatasetError) {
        let left = Int(stream.pointee.avail_in)
        guard left > 0 else {
            isAtEnd = true
            return
        }
        let next = inputCount - left
        guard left >= 2, input[next] == 0x1F, input[next + 1] == 0x8B else {
            throw DatasetError("\(source): \(left) unexpected bytes after the gzip stream at compressed byte \(next)")
        }
        let status = inflateReset(stream)
        guard status == Z_OK else {
            throw DatasetError("\(source): cannot restart zlib at compressed byte \(next) (status \(status))")
        }
    }

    private var zlibMessage: String {
        guard let message = stream.pointee.msg else { return "invalid data" }
        return String(cString: message)
    }
}
