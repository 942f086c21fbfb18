/// A training configuration that cannot be built; the message is one line
/// meant for the person who typed the option.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
