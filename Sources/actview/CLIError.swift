/// A user-facing error: printed as one line on stderr, exit status 1 (or the
/// given status). Every bad-input path in the CLI ends in one of these.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    let status: Int32

    init(_ description: String, status: Int32 = 1) {
        self.description = description
        self.status = status
    }
}
