/// A list of short points in both languages the lecture is taught in. The
/// two lists are parallel: `korean[i]` says what `english[i]` says.
public struct LocalizedList: Sendable, Hashable {
    public let english: [String]
    public let korean: [String]

    public init(english: [String], korean: [String]) {
        self.english = english
        self.korean = korean
    }
}
