import Dispatch
import Explorer
import ExplorerRuntime
import Foundation
import Synchronization
import TermPlot

/// The live explorer running on a thread of its own (as it runs on the main
/// thread of `actview`), on a `TestTerminal`.
final class ExplorerRun: Sendable {
    let terminal: TestTerminal
    private let outcome = Mutex<Result<Void, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(options: ExplorerOptions = ExplorerOptions(), width: Int = 100, height: Int = 30) {
        let terminal = TestTerminal(width: width, height: height)
        self.terminal = terminal
        let thread = Thread { [self] in
            let result = Result { try ExplorerShell.run(options: options, openTerminal: { _ in terminal }) }
            outcome.withLock { $0 = result }
            finished.signal()
        }
        thread.start()
    }

    /// How `ExplorerShell.run` ended, or nil if it is still running after
    /// `timeout`; then the run is interrupted, so no thread outlives the test.
    func waitForEnd(timeout: Duration = .seconds(10)) -> Result<Void, any Error>? {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) * 1e-18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            terminal.push(.interrupted(signal: SIGTERM))
            return nil
        }
        return outcome.withLock { $0 }
    }
}
