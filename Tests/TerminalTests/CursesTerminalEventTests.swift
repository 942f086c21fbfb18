import Foundation
import TermPlot
@testable import Terminal
import Testing

/// What the bytes on the wake pipe (the signal relay's and `waker`'s) mean
/// to the live loop.
@Suite struct CursesTerminalEventTests {
    @Test func wakeBytesBecomeEvents() {
        #expect(CursesTerminal.event(forWakeByte: 0) == .woken)
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGWINCH)) == .resized)
        // Ctrl-Z, and SIGTTIN/SIGTTOU sent by another process, hand the terminal back.
        for signal in [SIGTSTP, SIGTTIN, SIGTTOU] {
            #expect(CursesTerminal.event(forWakeByte: UInt8(signal)) == .suspend)
        }
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGCONT)) == .continued)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            #expect(CursesTerminal.event(forWakeByte: UInt8(signal)) == .interrupted(signal: signal))
        }
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGUSR1)) == nil)
    }
}
