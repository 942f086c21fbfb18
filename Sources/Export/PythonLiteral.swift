import Foundation

/// Values written as Python source.
enum PythonLiteral {
    /// A float Python reads back to the same Double (Swift's shortest
    /// round-trip spelling, which Python accepts: `0.003`, `1e-06`, `2.0`).
    static func float(_ value: Double) -> String {
        precondition(value.isFinite, "only finite numbers are written into a script")
        return "\(value)"
    }

    static func bool(_ value: Bool) -> String { value ? "True" : "False" }

    /// A double-quoted string with backslashes, quotes and control
    /// characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\x%02x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `0x0DA7A0DE5EED0001`.
    static func hex(_ value: UInt64) -> String {
        "0x" + String(value, radix: 16, uppercase: true)
    }

    /// Float32 values, little-endian, in base64 lines of 76 characters.
    static func base64(_ values: [Float]) -> String {
        guard !values.isEmpty else { return "" }
        let data = values.withUnsafeBufferPointer { buffer in
            Data(bytes: buffer.baseAddress!, count: buffer.count * MemoryLayout<Float>.size)
        }
        return data.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
    }

    /// A line of text made safe inside a triple-quoted docstring.
    static func docstringLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"\"\"", with: "\\\"\\\"\\\"")
    }
}
