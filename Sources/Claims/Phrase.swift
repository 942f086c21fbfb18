/// A line in the two languages the lecture is taught in; `korean` says
/// what `english` says.
public struct Phrase: Sendable, Hashable {
    public let english: String
    public let korean: String

    public init(_ english: String, _ korean: String) {
        self.english = english
        self.korean = korean
    }

    public func text(korean wantsKorean: Bool) -> String { wantsKorean ? korean : english }
}
