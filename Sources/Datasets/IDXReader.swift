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
