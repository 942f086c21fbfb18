extension Dataset {
    /// `name`, with control characters escaped (it may hold a path).
    public var printableName: String { PrintableText.escaped(name) }
}
