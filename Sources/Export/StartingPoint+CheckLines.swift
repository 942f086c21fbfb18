/// The data check both frameworks' scripts share under `--same-start`: the
/// CRC-32s of actview's arrays and first epoch's order, the `check`
/// function, and its calls at the top of `main()`.
extension StartingPoint {
    var checksumDefinitions: [String] {
        let order = firstOrder.map { PythonLiteral.hex(UInt64($0)) } ?? "None"
        return [
            "# CRC-32s of actview's arrays (float32 features, int32 labels) and first epoch's order.",
            "CHECKSUMS = {\"training features\": \(PythonLiteral.hex(UInt64(data.trainFeatures))), "
                + "\"training labels\": \(PythonLiteral.hex(UInt64(data.trainLabels))),",
            "             \"test features\": \(PythonLiteral.hex(UInt64(data.testFeatures))), "
                + "\"test labels\": \(PythonLiteral.hex(UInt64(data.testLabels))), \"first order\": \(order)}",
            "",
            "",
            "def check(name, data):",
            "    crc = zlib.crc32(data)",
            "    if crc != CHECKSUMS[name]:",
            "        sys.exit(f\"{name}: not actview's (CRC-32 {crc:08x}, expected {CHECKSUMS[name]:08x}); \"",
            "                 \"is this the same data file, and the same actview?\")",
            "",
            "",
        ]
    }

    static let checkCalls = [
        "    if SAME_START:",
        "        check(\"training features\", arrays[0].tobytes())",
        "        check(\"training labels\", array(\"i\", arrays[1]).tobytes())",
        "        check(\"test features\", arrays[2].tobytes())",
        "        check(\"test labels\", array(\"i\", arrays[3]).tobytes())",
    ]
}
