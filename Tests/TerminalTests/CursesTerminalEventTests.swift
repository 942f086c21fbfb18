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
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGTSTP)) == .suspend)
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGCONT)) == .continued)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            #expect(CursesTerminal.event(forWakeByte: UInt8(signal)) == .interrupted(signal: signal))
        }
        #expect(CursesTerminal.event(forWakeByte: UInt8(SIGUSR1)) == nil)
    }
}
