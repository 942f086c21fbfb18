/// Splits CSV text into records: comma-separated, fields trimmed of spaces
/// and tabs, optional double quotes (`""` inside quotes is one quote), LF or
/// CRLF line ends, blank lines skipped, a UTF-8 byte-order mark ignored.
/// Quoted fields may not span lines: data-set files have no use for that,
/// and it keeps every error pinned to one line.
struct CSVReader {
    let bytes: [UInt8]
    /// Names the file in errors.
    let source: String

    /// Calls `body` with the 1-based line number and the fields of each non-blank line.
    func forEachRecord(_ body: (_ line: Int, _ fields: [String]) throws(DatasetError) -> Void) throws(DatasetError) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var line = 0
        var fields: [String] = []
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = end + 1
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            fields.removeAll(keepingCapacity: true)
            try split(start, end, line: line, into: &fields)
            if !(fields.count == 1 && fields[0].isEmpty && !isQuoted(start, end)) {
                try body(line, fields)
            }
            start = next
        }
    }

    private func isQuoted(_ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].contains(UInt8(ascii: "\""))
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func split(_ start: Int, _ end: Int, line: Int, into fields: inout [String]) throws(DatasetError) {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        var i = start
        while true {
            while i < end && isBlank(bytes[i]) { i += 1 }
            if i < end && bytes[i] == quote {
                var text: [UInt8] = []
                i += 1
                var closed = false
                while i < end {
                    if bytes[i] == quote {
                        if i + 1 < end && bytes[i + 1] == quote {
                            text.append(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    text.append(bytes[i])
                    i += 1
                }
                guard closed else {
                    throw DatasetError("\(source):\(line): unterminated quoted field in column \(fields.count + 1)")
                }
                while i < end && isBlank(bytes[i]) { i += 1 }
                guard i == end || bytes[i] == comma else {
                    throw DatasetError("\(source):\(line): unexpected character after the closing quote in column \(fields.count + 1)")
                }
                fields.append(String(decoding: text, as: UTF8.self))
            } else {
                var fieldEnd = i
                while fieldEnd < end && bytes[fieldEnd] != comma { fieldEnd += 1 }
                var trimmed = fieldEnd
                while trimmed > i && isBlank(bytes[trimmed - 1]) { trimmed -= 1 }
                fields.append(String(decoding: bytes[i..<trimmed], as: UTF8.self))
                i = fieldEnd
            }
            if i >= end { break }
            i += 1  // past the comma; a trailing comma yields one more, empty, field
            if i == end {
                fields.append("")
                break
            }
        }
    }
}
