import Dispatch
import Explorer
@testable import ExplorerRuntime
import Foundation
import Synchronization
import Testing

/// Lesson claims are measured one at a time, the latest asked for first.
@Suite struct ClaimMeasurerTests {
    @Test func theLatestClaimAskedForIsMeasuredFirstAndEachOnce() throws {
        let gate = DispatchSemaphore(value: 0), started = DispatchSemaphore(value: 0)
        let order = Mutex<[String]>([])
        let text = LessonText(english: "x", korean: "x")
        let measurer = ClaimMeasurer(measure: { name in
            if name == "a" {
                started.signal()
                gate.wait()
            }
            order.withLock { $0.append(name) }
            return LessonMeasurement(claim: text, measured: text, verdict: text, reason: text)
        }, notify: {})
        measurer.request("a")
        // "a" is under way (held at the gate); b, c and b again wait.
        #expect(started.wait(timeout: .now() + 10) == .success)
        measurer.request("b")
        measurer.request("c")
        measurer.request("b")
        gate.signal()
        var taken: [String] = []
        for _ in 0..<5000 where taken.count < 3 {
            taken += measurer.take().map(\.0)
            usleep(1000)
        }
        #expect(taken.count == 3)
        // a was already running; then b, asked for again last, before c.
        #expect(order.withLock { $0 } == ["a", "b", "c"])
        measurer.request("a")
        usleep(20_000)
        #expect(measurer.take().isEmpty)
    }
}
