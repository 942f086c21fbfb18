import Explorer
import Foundation
import NeuralNet
import TermPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer's event loop on the UI thread; see `ExplorerShell`.
struct LiveLoop {
    private var explorer: Explorer
    private let terminal: CursesTerminal
    private let pipe: WakePipe
    private let runner: TrainingRunner
    private let probe = ActivationCostProbe()
    private let exports = ExportWriter()
    private var pacer = FramePacer()
    private var lastTick: Double
    private var lastSize: (width: Int, height: Int) = (0, 0)
    var exitsAfterFirstFrame = false

    init(explorer: Explorer, terminal: CursesTerminal, pipe: WakePipe) {
        self.explorer = explorer
        self.terminal = terminal
        self.pipe = pipe
        runner = TrainingRunner(notify: { [pipe] in pipe.wake() })
        lastTick = Self.now()
    }

    func shutDown() {
        runner.cancel()
    }

    mutating func run() throws {
        relayout()
        apply(explorer.startupEffects)
        probe.start { [pipe] in pipe.wake() }
        var fds = [
            pollfd(fd: terminal.inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: pipe.readFD, events: Int16(POLLIN), revents: 0),
        ]
        while !explorer.isFinished {
            let now = Self.now()
            if pacer.isDue(at: now) {
                paint(at: now)
                if exitsAfterFirstFrame { return }
                continue
            }
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, 2, pacer.timeout(at: now))
            if ready < 0 && errno != EINTR { throw TerminalError.unavailable("poll failed") }
            if fds[1].revents != 0 { try handleWakeUps() }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                // The terminal went away; SIGHUP usually says so first.
                throw ExplorerShell.Interrupted(status: 128 + SIGHUP)
            }
            handleInput(ttyWasReadable: fds[0].revents & Int16(POLLIN) != 0)
            let after = Self.now()
            if pacer.wantsTick(at: after) {
                // A tick only; not itself activity, so the ticks die down.
                paint(at: after)
            }
        }
    }

    // MARK: - Painting

    private mutating func paint(at now: Double) {
        if let snapshot = runner.takeSnapshot() {
            apply(explorer.update(.training(snapshot)))
        }
        apply(explorer.update(.tick(seconds: now - lastTick)))
        lastTick = now
        let size = terminal.size
        terminal.draw(explorer.view(width: size.width, height: size.height))
        pacer.didPaint(at: now)
    }

    private mutating func relayout() {
        let size = terminal.syncSize()
        lastSize = size
        apply(explorer.update(.resize(width: size.width, height: size.height)))
        pacer.markDirty(at: Self.now())
    }

    // MARK: - Input and wake-ups

    private mutating func handleInput(ttyWasReadable: Bool) {
        let codes = terminal.readInput()
        var decoded = KeyDecoder.decode(codes)
        // curses drops bytes that are not valid in the locale's encoding
        // (wget_wch returns ERR); the tty had input, yet nothing came out.
        if ttyWasReadable && codes.isEmpty { decoded.keys.append(.unknown) }
        if decoded.resized { relayout() }
        if decoded.repaint {
            terminal.invalidate()
            pacer.markDirty(at: Self.now())
        }
        for key in decoded.keys {
            apply(explorer.update(.key(key)))
            pacer.markUrgent(at: Self.now())
            if explorer.isFinished { return }
        }
    }

    private mutating func handleWakeUps() throws {
        for byte in pipe.drain() {
            let signal = Int32(byte)
            switch signal {
            case 0:
                // The trainer or the cost probe has news.
                pacer.markDirty(at: Self.now())
            case SIGINT, SIGTERM, SIGHUP:
                throw ExplorerShell.Interrupted(status: 128 + signal)
            case SIGTSTP:
                terminal.suspend()
                relayout()
            case SIGCONT:
                terminal.resumeAfterContinue()
                relayout()
            case SIGWINCH:
                relayout()
            default:
                break
            }
        }
        if let costs = probe.take() { apply(explorer.update(.costs(costs))) }
        if let notice = runner.takeNotice() { apply(explorer.update(.notice(notice))) }
    }

    // MARK: - Effects

    private mutating func apply(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                break
            case .startTraining(let configuration):
                runner.start(configuration)
            case .pauseTraining:
                runner.pause()
            case .resumeTraining:
                runner.resume()
            case .stepTraining:
                runner.stepOnce()
            case .setLearningRate(let rate):
                runner.setLearningRate(rate)
            case .setPace(let stepsPerSecond):
                runner.setPace(stepsPerSecond: stepsPerSecond)
            case .saveScreenshot:
                let size = terminal.size
                let screen = explorer.view(width: size.width, height: size.height)
                let notice = exports.saveScreenshot(screen, theme: explorer.options.theme)
                apply(explorer.update(.notice(notice)))
            case .exportMetrics:
                let notice = exports.exportMetrics(explorer.metricsCSV())
                apply(explorer.update(.notice(notice)))
            }
            pacer.markDirty(at: Self.now())
        }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
