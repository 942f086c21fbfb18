import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One IDX file (the MNIST format): a big-endian header — two zero bytes,
/// the element type, the number of dimensions, one UInt32 per dimension —
/// then the elements. Only unsigned-byte elements (type 0x08) are accepted,
/// which is what MNIST, Fashion-MNIST and KMNIST use.
struct IDXReader {
    /// Dimensions from the header, outermost first.
    var dimensions: [Int]
    /// The elements, exactly the product of the dimensions.
    var elements: [UInt8]
    /// Offset of the first element in the (decompressed) file.
    var headerSize: Int

    /// Reads `path`, gzip'd or plain, and checks it has `dimensionCount`
    /// dimensions and exactly as many elements as the header declares.
    /// `limit` caps the declared element count before anything is allocated.
    init(path: String, dimensionCount: Int, limit: Int = Gzip.defaultLimit) throws(DatasetError) {
        let raw = try DatasetFile.read(path, limit: limit + 4 + 4 * dimensionCount)
        var source = try ByteSource(raw, path: path)
        let header = try IDXHeader(reading: &source, path: path, dimensionCount: dimensionCount, limit: limit)
        // The inflater is asked for exactly the declared bytes, so the
        // inflated stream never grows past what the header says.
        let elements = try source.take(header.elementCount, what: "the \(header.declared) elements the header declares")
        try source.expectEnd()
        self.dimensions = header.dimensions
        self.elements = elements
        self.headerSize = header.size
    }
}

/// The header of an IDX file alone: what `IDXReader` checks before reading
/// any element, and what the memory budget is checked against before a
/// data set is loaded.
struct IDXHeader {
    var dimensions: [Int]
    /// Bytes of the header (4 + 4 per dimension).
    var size: Int { 4 + 4 * dimensions.count }
    /// The product of the dimensions.
    var elementCount: Int
    /// The file's own size on disk (compressed, when gzip'd).
    var fileSize: Int
    var isCompressed: Bool

    /// "60000×28×28".
    var declared: String { dimensions.map(String.init).joined(separator: "×") }

    /// Reads only the header of `path`: the first bytes of a plain file, or
    /// the file and as many inflated bytes as the header takes.
    init(path: String, dimensionCount: Int, limit: Int = Gzip.defaultLimit) throws(DatasetError) {
        let magic = try DatasetFile.readPrefix(path, count: 2)
        let compressed = magic.count == 2 && magic[0] == 0x1F && magic[1] == 0x8B
        let raw = compressed
            ? try DatasetFile.read(path, limit: limit + 4 + 4 * dimensionCount)
            : try DatasetFile.readPrefix(path, count: 4 + 4 * dimensionCount)
        var source = try ByteSource(raw, path: path)
        self = try IDXHeader(reading: &source, path: path, dimensionCount: dimensionCount, limit: limit)
        if !compressed {
            var status = stat()
            if stat(path, &status) == 0 { fileSize = Int(status.st_size) }
        }
    }

    fileprivate init(reading source: inout ByteSource, path: String, dimensionCount: Int, limit: Int) throws(DatasetError) {
        let unit = source.isCompressed ? "decompressed byte" : "byte"
        let magic = try source.take(4, what: "the IDX header")
        guard magic[0] == 0, magic[1] == 0 else {
            throw DatasetError("\(path): not an IDX file: magic number 0x\(hex(magic)) at \(unit) 0 should start with 0x0000")
        }
        guard magic[2] == 0x08 else {
            throw DatasetError("\(path): unsupported IDX element type 0x\(hex([magic[2]])) at \(unit) 2; only unsigned bytes (0x08) are supported")
        }
        guard Int(magic[3]) == dimensionCount else {
            throw DatasetError("\(path): expected \(dimensionCount) dimension\(dimensionCount == 1 ? "" : "s") but the header at \(unit) 3 declares \(magic[3])")
        }
        let header = try source.take(4 * dimensionCount, what: "the IDX dimensions")
        let dimensions = (0..<dimensionCount).map { d in
            header[(4 * d)..<(4 * d + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        let declared = dimensions.map(String.init).joined(separator: "×")
        if let d = dimensions.firstIndex(of: 0) {
            throw DatasetError("\(path): dimension \(d + 1) at \(unit) \(4 + 4 * d) is 0; the file holds no data")
        }
        // Checked before any allocation: a 100-byte file may declare 2^31 images.
        // Each size is below 2^32, so the running product stays below 2^62.
        var total = 1
        for size in dimensions {
            total *= size
            guard total <= limit else {
                throw DatasetError("\(path): header declares \(declared) elements, more than the \(limit)-byte limit")
            }
        }
        self.dimensions = dimensions
        self.elementCount = total
        self.fileSize = source.rawCount
        self.isCompressed = source.isCompressed
    }
}

/// Two upper-case hex digits per byte.
private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
}

/// Plain bytes or an inflater, read front to back with exact byte counts.
private struct ByteSource {
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
