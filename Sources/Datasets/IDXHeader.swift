#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    init(reading source: inout ByteSource, path: String, dimensionCount: Int, limit: Int) throws(DatasetError) {
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
