/// Splits CSV text into records: comma-separated, fields trimmed of spaces
/// and tabs, optional double quotes (`""` inside quotes is one quote), LF or
/// CRLF line ends, blank lines skipped, a UTF-8 byte-order mark ignored.
/// Quoted fields may not span lines: data-set files have no use for that,
/// and it keeps every error pinned to one line. A file whose lines end in
/// CR alone (classic Mac OS) is refused with that reason, rather than read
/// as one long line.
struct CSVReader {
    let bytes: [UInt8]
    /// Names the file in errors.
    let source: String

    /// Calls `body` with the 1-based line number and the fields of each
    /// non-blank line. The record is reused: `body` must not keep it.
    func forEachRecord(_ body: (_ line: Int, _ record: CSVRecord) throws(DatasetError) -> Void) throws(DatasetError) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        try checkLineEnds()
        var line = 0
        var record = CSVRecord()
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = end + 1
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            record.removeAll()
            try split(start, end, line: line, into: &record)
            if !(record.count == 1 && record.isEmpty(0) && !isQuoted(start, end)) {
                try body(line, record)
            }
            start = next
        }
    }

    /// CR line ends without any LF: every line would run together into one.
    private func checkLineEnds() throws(DatasetError) {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard !bytes.contains(lf), let first = bytes.firstIndex(of: cr), first + 1 < bytes.count else { return }
        let lines = bytes.reduce(0) { $0 + ($1 == cr ? 1 : 0) }
        throw DatasetError("\(source): lines end in a carriage return alone (CR, classic Mac OS line ends; \(lines) of them "
            + "and no line feed); save the file with LF or CRLF line ends, e.g. tr '\\r' '\\n'")
    }

    private func isQuoted(_ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].contains(UInt8(ascii: "\""))
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func split(_ start: Int, _ end: Int, line: Int, into record: inout CSVRecord) throws(DatasetError) {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        var i = start
        while true {
            while i < end && isBlank(bytes[i]) { i += 1 }
            if i < end && bytes[i] == quote {
                record.beginField()
                i += 1
                var closed = false
                while i < end {
                    if bytes[i] == quote {
                        if i + 1 < end && bytes[i + 1] == quote {
                            record.appendByte(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    record.appendByte(bytes[i])
                    i += 1
                }
                guard closed else {
                    throw DatasetError("\(source):\(line): unterminated quoted field in column \(record.count)")
                }
                while i < end && isBlank(bytes[i]) { i += 1 }
                guard i == end || bytes[i] == comma else {
                    throw DatasetError("\(source):\(line): unexpected character after the closing quote in column \(record.count)")
                }
            } else {
                var fieldEnd = i
                while fieldEnd < end && bytes[fieldEnd] != comma { fieldEnd += 1 }
                var trimmed = fieldEnd
                while trimmed > i && isBlank(bytes[trimmed - 1]) { trimmed -= 1 }
                record.append(bytes[i..<trimmed])
                i = fieldEnd
            }
            if i >= end { break }
            i += 1  // past the comma; a trailing comma yields one more, empty, field
            if i == end {
                record.append(bytes[end..<end])
                break
            }
        }
    }
}
