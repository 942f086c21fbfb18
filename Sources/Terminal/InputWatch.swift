/// Whether the tty is still worth polling. A descriptor that polls readable
/// yet yields nothing, wake after wake, would turn the live loop into a busy
/// loop: at end of input (readable, no bytes waiting) the terminal has hung
/// up; bytes that stay waiting however often curses reads mean the
/// descriptor cannot be read at all, and it is no longer polled.
struct InputWatch: Sendable {
    /// Wakes in a row with input readable and nothing read before giving up
    /// on the descriptor. Typing never does this: curses drops a burst of
    /// invalid bytes in one wake, and the next key resets the count.
    static let unproductiveLimit = 50

    enum Verdict: Equatable, Sendable {
        case keepPolling
        /// Readable with nothing to read: the terminal's end of input.
        case endOfInput
        case stopPolling
    }

    private(set) var unproductiveWakes = 0

    /// After a wake: whether poll(2) said the tty is readable, how many
    /// bytes FIONREAD said were waiting before curses read (nil: unknown),
    /// and whether curses produced any input code.
    mutating func record(readable: Bool, bytesWaiting: Int?, produced: Bool) -> Verdict {
        guard readable, !produced else {
            unproductiveWakes = 0
            return .keepPolling
        }
        if bytesWaiting == 0 { return .endOfInput }
        unproductiveWakes += 1
        return unproductiveWakes >= Self.unproductiveLimit ? .stopPolling : .keepPolling
    }
}
