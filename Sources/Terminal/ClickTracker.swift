import TermPlot

/// Tells a double-click from two clicks: a second left press on the same
/// cell (or the one beside it) within `interval` seconds of the first. The
/// backend feeds it every mouse event with the time it arrived.
struct ClickTracker: Sendable {
    static let interval = 0.4

    private var lastPress: (x: Int, y: Int, time: Double)?

    /// `event`, with a press that completes a double-click marked as one.
    mutating func classify(_ event: MouseEvent, at time: Double) -> MouseEvent {
        guard event.button == .left, event.kind == .press else { return event }
        if let last = lastPress, time - last.time <= Self.interval, time >= last.time,
           abs(last.x - event.x) <= 1, last.y == event.y {
            // A third press starts over rather than making another double.
            lastPress = nil
            var double = event
            double.kind = .doubleClick
            return double
        }
        lastPress = (event.x, event.y, time)
        return event
    }
}
