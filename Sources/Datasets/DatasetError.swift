/// Why a data set could not be loaded: one line that names the spec or the
/// file, and the line or byte offset where the problem is, so a teacher can
/// fix the file without a debugger.
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ description: String) {
        // Multi-line messages would break the CLI's one-line error contract.
        self.description = description
            .split(whereSeparator: \.isNewline)
            .joined(separator: " ")
    }
}
