/// When to paint: at most `framesPerSecond` times a second and only when
/// something changed, so training at full speed cannot flood the terminal
/// and an idle explorer sleeps in poll(2). A key skips the wait: answering
/// it promptly matters more than the cap, and keys come slowly enough.
public struct FramePacer: Sendable {
    public let minimumInterval: Double
    /// After activity, wake this often for a while (status notices expire)...
    public let tickInterval: Double
    /// ...for this long; then sleep until something happens.
    public let quietAfter: Double
    public private(set) var lastFrame: Double = -.infinity
    public private(set) var lastActivity: Double = -.infinity
    public private(set) var isDirty = true
    public private(set) var isUrgent = false

    public init(framesPerSecond: Double = 30, tickInterval: Double = 1, quietAfter: Double = 6) {
        minimumInterval = 1 / framesPerSecond
        self.tickInterval = tickInterval
        self.quietAfter = quietAfter
    }

    /// Something changed that needs a frame.
    public mutating func markDirty(at now: Double) {
        isDirty = true
        lastActivity = now
    }

    /// The user pressed a key: paint as soon as it is handled.
    public mutating func markUrgent(at now: Double) {
        markDirty(at: now)
        isUrgent = true
    }

    /// Whether a frame may be painted now.
    public func isDue(at now: Double) -> Bool {
        isDirty && (isUrgent || now - lastFrame >= minimumInterval)
    }

    /// Whether an idle tick is owed (activity was recent, a tick interval passed).
    public func wantsTick(at now: Double) -> Bool {
        now - lastActivity < quietAfter && now - lastFrame >= tickInterval
    }

    public mutating func didPaint(at now: Double) {
        lastFrame = now
        isDirty = false
        isUrgent = false
    }

    /// How long poll(2) may sleep, in milliseconds; -1 is "until woken".
    public func timeout(at now: Double) -> Int32 {
        if isUrgent { return 0 }
        if isDirty { return Self.milliseconds(lastFrame + minimumInterval - now) }
        if now - lastActivity < quietAfter { return Self.milliseconds(lastFrame + tickInterval - now) }
        return -1
    }

    private static func milliseconds(_ seconds: Double) -> Int32 {
        Int32((max(0, seconds) * 1000).rounded(.up))
    }
}
