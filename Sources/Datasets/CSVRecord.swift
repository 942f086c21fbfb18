/// The fields of one CSV line, unquoted, back to back in one byte buffer
/// with a range per field. The reader reuses one record for every line, so
/// a line costs its own bytes plus 16 bytes per field, however many lines
/// the file has; no field becomes a `String` unless asked for.
struct CSVRecord {
    private(set) var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []

    var count: Int { ranges.count }

    subscript(field: Int) -> ArraySlice<UInt8> { bytes[ranges[field]] }

    /// The field as text (a new string; for labels and messages).
    func text(_ field: Int) -> String { String(decoding: self[field], as: UTF8.self) }

    func isEmpty(_ field: Int) -> Bool { ranges[field].isEmpty }

    /// The field as a number, with `Double(String)`'s rules: a field that
    /// is not exactly a number is nil. The string is temporary (and, up to
    /// 15 bytes, not even allocated).
    func number(_ field: Int) -> Double? {
        ranges[field].isEmpty ? nil : Double(text(field))
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
    }

    mutating func append(_ field: ArraySlice<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: field)
        ranges.append(start..<bytes.count)
    }

    /// Starts a field whose bytes follow with `appendByte`.
    mutating func beginField() {
        ranges.append(bytes.count..<bytes.count)
    }

    mutating func appendByte(_ byte: UInt8) {
        bytes.append(byte)
        ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<bytes.count
    }
}
