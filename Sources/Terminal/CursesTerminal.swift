import CNCursesW
import CSignalGuard
import TermPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal under curses: starts and restores it, paints `Screen`s by
/// writing only the cells that changed since the last frame, and turns
/// input, signals and wake-ups into events: it sleeps in poll(2) on the tty
/// and the wake pipe, so keys wake it at once, the trainer wakes it through
/// `waker`, and signals through the relay. Main thread only; nothing else in
/// the program calls curses.
public final class CursesTerminal: TerminalBackend {
    private let screenHandle: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private var palette: ColorPalette?
    /// The last frame painted; nil forces a full repaint.
    private var previous: Screen?
    private var isStopped = false
    /// Where the signal relay and `waker` write.
    private let pipe: WakePipe
    /// The tty's fd, for poll(2).
    private let inputFD: Int32 = 0
    /// False once the tty proved unreadable; see `InputWatch`.
    private var pollsInput = true
    private var inputWatch = InputWatch()
    /// True while the terminal reports the mouse to us.
    private var reportsMouse = false
    private var clicks = ClickTracker()
    /// False when the locale cannot encode braille, box lines or Hangul.
    public let supportsUnicode: Bool
    public var hasColor: Bool { palette != nil }
    public private(set) var reportedBackground: RGBColor?
    public private(set) var colorCount = 0
    public let waker: @Sendable () -> Void

    /// Takes over the terminal and its signals. `color: false` draws with
    /// attributes only; `mouse: false` (`--no-mouse`) leaves the mouse to
    /// the terminal (text selection, its own scrolling).
    /// `asksBackground`: find out the terminal's background colour
    /// (`BackgroundReport`) for `--theme auto`.
    public init(color: Bool, mouse: Bool = true, asksBackground: Bool = false) throws(TerminalError) {
        let pipe = try WakePipe()
        self.pipe = pipe
        waker = { pipe.wake() }
        // Before curses starts, which only catches signals still at their
        // default; until it has started, a failure puts the defaults back.
        SignalRelay.install(into: pipe)
        var started = false
        defer { if !started { SignalRelay.uninstall() } }
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        // A tty opened for writing only (`actview 0>/dev/tty`) polls as
        // readable forever while every read fails.
        guard fcntl(0, F_GETFL) & O_ACCMODE != O_WRONLY else { throw .inputNotReadable }
        setlocale(LC_ALL, "")
        supportsUnicode = actview_locale_is_utf8() != 0
        let termName = getenv("TERM").map { String(cString: $0) }
        guard let termName, !termName.isEmpty else { throw .unknownTerminal(nil) }
        let capabilities = TerminalCapabilities(terminalType: termName)
        guard let capabilities else { throw .unknownTerminal(termName) }
        guard capabilities.addressesCursor else { throw .cannotAddressCursor(termName) }
        let kernelSize = WindowSize.ofTerminal(1)
        try WindowSize.checkEnvironment(kernelSize: kernelSize, environment: Self.environment(["COLUMNS", "LINES"]))
        // The kernel's window size, when it knows one, is the only size:
        // LINES and COLUMNS can then not make curses allocate a screen
        // larger than the window.
        if kernelSize != nil { use_env(false) }
        actview_guard_save_tty(0)
        actview_guard_set_restore_fd(1)
        // Own FILE streams on duplicated fds: fclose at the end then leaves
        // fds 0 and 1 open for whatever runs after the explorer.
        let outFD = dup(1), inFD = dup(0)
        guard outFD >= 0, inFD >= 0, let out = fdopen(outFD, "w"), let inp = fdopen(inFD, "r") else {
            actview_guard_forget_terminal()
            throw .unavailable("cannot open the terminal streams")
        }
        // newterm, unlike initscr, returns NULL for an unknown TERM instead
        // of exiting the process.
        guard let screen = newterm(nil, out, inp) else {
            fclose(out)
            fclose(inp)
            actview_guard_forget_terminal()
            throw .unknownTerminal(termName)
        }
        screenHandle = screen
        output = out
        input = inp
        _ = set_term(screen)
        window = actview_stdscr()
        // cbreak, not raw: Ctrl-C and Ctrl-Z keep sending SIGINT and SIGTSTP,
        // which the signal relay turns into a clean exit or suspend.
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        leaveok(window, true)
        _ = curs_set(0)
        set_escdelay(25)
        Self.disableFlowControl()
        if asksBackground {
            reportedBackground = BackgroundReport.query(inputFD: inputFD, output: out)
                ?? (getenv("COLORFGBG").map { BackgroundReport.color(inColorFGBG: String(cString: $0)) } ?? nil)
        }
        if color, has_colors() {
            start_color()
            colorCount = Int(actview_colors())
            palette = ColorPalette(colors: Int(actview_colors()), pairs: Int(actview_color_pairs()),
                                   defaultColors: use_default_colors() == OK)
        }
        // stderr goes to a side file until `stop`; see CSignalGuard.
        _ = actview_guard_capture_stderr()
        // The signal guard's reset bytes: plain attributes, visible cursor,
        // keypad off, main screen.
        actview_guard_add_restore_string(actview_exit_attribute_mode())
        actview_guard_add_restore_string(actview_cursor_normal())
        actview_guard_add_restore_string(actview_keypad_local())
        actview_guard_add_restore_string(actview_exit_ca_mode())
        if mouse {
            reportsMouse = actview_mouse_start(out) != 0
            if reportsMouse { actview_guard_add_restore_string(actview_mouse_off_sequence()) }
        }
        started = true
    }

    private static func environment(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }

    /// Output flow control off: Ctrl-S would otherwise freeze every frame
    /// until Ctrl-Q. cbreak leaves IXON on, so it is cleared here and the
    /// mode recorded as curses' program mode (restored after a suspend);
    /// `endwin` puts the shell's mode, IXON included, back.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(0, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(0, TCSANOW, &modes)
        def_prog_mode()
    }

    deinit { stop() }

    public var size: (width: Int, height: Int) {
        (Int(actview_max_x(window)), Int(actview_max_y(window)))
    }

    /// Restores the terminal (modes, cursor, main screen) and the default
    /// signal actions. Safe to call twice.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        if reportsMouse { actview_mouse_stop(output) }
        endwin()
        delscreen(screenHandle)
        fclose(output)
        fclose(input)
        actview_guard_forget_terminal()
        actview_guard_release_stderr()
        SignalRelay.uninstall()
    }

    /// Re-reads the size from the kernel and resizes curses' screens to it.
    /// Returns the new size. The next frame is painted in full.
    @discardableResult
    public func syncSize() -> (width: Int, height: Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        actview_window_size(inputFD, &rows, &cols)
        if rows > 0, cols > 0, (Int(cols), Int(rows)) != size {
            resizeterm(rows, cols)
        }
        invalidate()
        return size
    }

    /// Forgets what is on the terminal: the next frame clears and paints all.
    public func invalidate() {
        previous = nil
        clearok(actview_curscr(), true)
    }

    /// Ctrl-Z: restores the terminal, stops the process, and on SIGCONT
    /// takes the terminal back (curses re-applies its modes on refresh).
    public func suspend() {
        if reportsMouse { actview_mouse_stop(output) }
        endwin()
        SignalRelay.stopAsIfByTerminal()
        resumeAfterContinue()
    }

    /// After SIGCONT: the shell may have changed tty modes and the screen.
    public func resumeAfterContinue() {
        reset_prog_mode()
        _ = curs_set(0)
        syncSize()
        wrefresh(window)
        if reportsMouse { _ = actview_mouse_start(output) }
    }

    /// Waits in poll(2) on the wake pipe and the tty (while it is worth
    /// polling; see `InputWatch`), then reports the wake pipe's bytes
    /// (signals, wake-ups) and the keys read.
    public func nextEvents(timeout: Int32) throws(TerminalError) -> [TerminalEvent] {
        var fds = [
            pollfd(fd: pipe.readFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, pollsInput ? 2 : 1, timeout)
        if ready < 0 && errno != EINTR { throw .unavailable("poll failed") }
        var events: [TerminalEvent] = []
        if fds[0].revents != 0 {
            events = pipe.drain().compactMap(Self.event(forWakeByte:))
            // These hand the terminal over (or end): input waits until the
            // loop has dealt with them.
            if events.contains(where: Self.handsOver) { return events }
        }
        guard pollsInput else { return events }
        if fds[1].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            // The terminal went away; SIGHUP usually says so first.
            return events + [.interrupted(signal: SIGHUP)]
        }
        let readable = fds[1].revents & Int16(POLLIN) != 0
        let waiting = readable ? Self.bytesWaiting(inputFD) : nil
        let codes = readInput()
        switch inputWatch.record(readable: readable, bytesWaiting: waiting, produced: !codes.isEmpty) {
        case .keepPolling: break
        case .endOfInput: return events + [.interrupted(signal: SIGHUP)]
        case .stopPolling: pollsInput = false
        }
        let decoded = KeyDecoder.decode(codes)
        if decoded.resized { events.append(.resized) }
        if decoded.repaint { events.append(.repaint) }
        events += decoded.keys.map(TerminalEvent.key)
        let now = Self.seconds()
        // Motion without a button (some terminals report all motion) means nothing here.
        events += decoded.mouse.filter { $0.button != .none }.map { .mouse(clicks.classify($0, at: now)) }
        // curses drops bytes that are not valid in the locale's encoding
        // (wget_wch returns ERR); the tty had input, yet nothing came out.
        if readable && codes.isEmpty && pollsInput { events.append(.key(.unknown)) }
        return events
    }

    /// curses' decoded mouse report as an event (nil for plain motion).
    static func mouseEvent(x: Int32, y: Int32, button: Int32, released: Bool) -> MouseEvent? {
        let buttons: [Int32: MouseEvent.Button] = [1: .left, 2: .middle, 3: .right, 4: .wheelUp, 5: .wheelDown]
        guard let b = buttons[button], x >= 0, y >= 0 else { return nil }
        return MouseEvent(x: Int(x), y: Int(y), button: b, kind: released ? .release : .press)
    }

    /// A monotonic clock in seconds, for telling double-clicks.
    private static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Bytes the tty has ready to read (FIONREAD), or nil if it cannot say.
    private static func bytesWaiting(_ fd: Int32) -> Int? {
        var count: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &count) == 0 ? Int(count) : nil
    }

    /// A byte from the wake pipe: 0 from `waker`, else a signal's number.
    static func event(forWakeByte byte: UInt8) -> TerminalEvent? {
        let signal = Int32(byte)
        switch signal {
        case 0: return .woken
        case SIGINT, SIGTERM, SIGHUP: return .interrupted(signal: signal)
        case SIGTSTP, SIGTTIN, SIGTTOU: return .suspend
        case SIGCONT: return .continued
        case SIGWINCH: return .resized
        default: return nil
        }
    }

    private static func handsOver(_ event: TerminalEvent) -> Bool {
        switch event {
        case .suspend, .continued, .interrupted: return true
        default: return false
        }
    }

    /// Everything readable now, without waiting (beyond curses' ESCDELAY
    /// for the rest of an escape sequence).
    func readInput(limit: Int = 4096) -> [InputCode] {
        var codes: [InputCode] = []
        var ch: wint_t = 0
        while codes.count < limit {
            let r = wget_wch(window, &ch)
            if r == OK {
                codes.append(.character(UInt32(ch)))
            } else if r == KEY_CODE_YES, Int32(ch) == actview_key_mouse() {
                // curses may have queued several reports from one burst.
                var x: Int32 = 0, y: Int32 = 0, button: Int32 = 0, released: Int32 = 0
                var reports = 0
                while codes.count < limit, actview_mouse_read(&x, &y, &button, &released) == 0 {
                    // A report with no button (motion) still counts as input
                    // read, so the tty is not taken for one that yields nothing.
                    codes.append(.mouse(Self.mouseEvent(x: x, y: y, button: button, released: released != 0)
                        ?? MouseEvent(x: Int(max(0, x)), y: Int(max(0, y)), button: .none, kind: .drag)))
                    reports += 1
                }
                if reports == 0 {
                    // curses read a mouse sequence it could not decode (a
                    // motion report, say): input all the same, or a burst of
                    // them, one per wake on a busy machine, would make the
                    // tty look dead and the explorer stop reading keys.
                    codes.append(.mouse(MouseEvent(x: 0, y: 0, button: .none, kind: .drag)))
                }
            } else if r == KEY_CODE_YES {
                codes.append(.keyCode(Int32(ch)))
            } else {
                break
            }
        }
        return codes
    }

    /// Paints a frame: only cells that differ from the previous frame are
    /// written, then curses sends the difference to the terminal.
    public func draw(_ screen: Screen) {
        let (columns, rows) = size
        let width = min(screen.width, columns), height = min(screen.height, rows)
        let old = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if old == nil { werase(window) }
        var text = [wchar_t](repeating: 0, count: 6)
        var cell = cchar_t()
        for y in 0..<height {
            var x = 0
            while x < width {
                let current = screen[x, y]
                var changed = old.map { $0[x, y] != current } ?? true
                // A changed continuation cell means its wide lead changed too.
                if !changed, x + 1 < width, screen[x + 1, y].isContinuation, old?[x + 1, y] != screen[x + 1, y] {
                    changed = true
                }
                if !changed || current.isContinuation {
                    x += 1
                    continue
                }
                let glyphWidth = CharacterWidth.of(current.character)
                var character = current.character
                if glyphWidth == 0 || (glyphWidth == 2 && x + 1 >= width) {
                    character = " "
                } else if !supportsUnicode && !character.isASCII {
                    character = "?"
                }
                var n = 0
                for scalar in character.unicodeScalars where n < 5 {
                    text[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                text[n] = 0
                let (attributes, pair) = rendition(of: current.style)
                _ = actview_set_cell(&cell, text, attributes, Int32(pair))
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
                x += 1
            }
        }
        previous = screen
        wnoutrefresh(window)
        doupdate()
    }

    private func rendition(of style: Style) -> (attr_t, Int) {
        var attributes = actview_attr_normal()
        if style.attributes.contains(.bold) { attributes |= actview_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= actview_attr_dim() }
        if style.attributes.contains(.underline) { attributes |= actview_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= actview_attr_reverse() }
        let pair = palette?.pair(foreground: style.foreground, background: style.background) ?? 0
        return (attributes, pair)
    }
}
