extension DatasetSpec {
    /// `description`, with control characters escaped (it may hold a path).
    public var printableDescription: String { PrintableText.escaped(description) }
}
