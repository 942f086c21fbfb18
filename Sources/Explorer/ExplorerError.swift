/// Why the explorer cannot open with the given options; one line for the
/// person who typed them.
public struct ExplorerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
