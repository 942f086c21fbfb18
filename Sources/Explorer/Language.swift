/// The language of the explorer's notes and labels.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case english = "en"
    case korean = "ko"

    /// The language a `LANG`/`LC_ALL` value asks for: Korean for `ko…`,
    /// English otherwise.
    public init(locale: String?) {
        self = (locale ?? "").lowercased().hasPrefix("ko") ? .korean : .english
    }
}
