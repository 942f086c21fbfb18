/// Plain bytes or an inflater, read front to back with exact byte counts.
struct ByteSource {
    private let path: String
    private let plain: [UInt8]
    private let inflater: Inflater?
    private(set) var offset = 0

    /// The bytes as read from the file (compressed, when gzip'd).
    let rawCount: Int

    init(_ raw: [UInt8], path: String) throws(DatasetError) {
        self.path = path
        rawCount = raw.count
        if Gzip.isCompressed(raw) {
            inflater = try Inflater(raw, source: path)
            plain = []
        } else {
            inflater = nil
            plain = raw
        }
    }

    var isCompressed: Bool { inflater != nil }

    /// Exactly `count` bytes, or an error saying where the data ran out.
    mutating func take(_ count: Int, what: String) throws(DatasetError) -> [UInt8] {
        var bytes: [UInt8]
        if let inflater {
            bytes = []
            _ = try inflater.read(count, into: &bytes)
        } else {
            let end = min(plain.count, offset + count)
            bytes = Array(plain[offset..<end])
        }
        guard bytes.count == count else {
            let unit = isCompressed ? "decompressed byte" : "byte"
            throw DatasetError("\(path): truncated at \(unit) \(offset + bytes.count): expected \(count) bytes for \(what) from \(unit) \(offset)")
        }
        offset += count
        return bytes
    }

    /// Fails when data follows what the header declared.
    mutating func expectEnd() throws(DatasetError) {
        let extra: Int
        if let inflater {
            var probe: [UInt8] = []
            // Reading on also verifies the gzip trailer's CRC and length.
            extra = try inflater.read(1, into: &probe)
        } else {
            extra = plain.count - offset
        }
        guard extra == 0 else {
            let unit = isCompressed ? "decompressed byte" : "byte"
            let amount = isCompressed ? "unexpected bytes" : "\(extra) unexpected bytes"
            throw DatasetError("\(path): \(amount) after the declared data at \(unit) \(offset); the header does not match the contents")
        }
    }
}
