@testable import Terminal
import Testing

/// When the live loop stops polling a tty that polls readable but yields nothing.
@Suite struct InputWatchTests {
    @Test func keysAndQuietWakesKeepPolling() {
        var watch = InputWatch()
        for _ in 0..<1000 {
            #expect(watch.record(readable: true, bytesWaiting: 3, produced: true) == .keepPolling)
            #expect(watch.record(readable: false, bytesWaiting: nil, produced: false) == .keepPolling)
        }
        #expect(watch.unproductiveWakes == 0)
    }

    @Test func readableWithNothingWaitingIsTheEndOfInput() {
        var watch = InputWatch()
        #expect(watch.record(readable: true, bytesWaiting: 0, produced: false) == .endOfInput)
    }

    @Test func aBurstOfInvalidBytesThenAKeyKeepsPolling() {
        var watch = InputWatch()
        for _ in 0..<(InputWatch.unproductiveLimit - 1) {
            #expect(watch.record(readable: true, bytesWaiting: 2, produced: false) == .keepPolling)
        }
        #expect(watch.record(readable: true, bytesWaiting: 1, produced: true) == .keepPolling)
        #expect(watch.unproductiveWakes == 0)
    }

    @Test func bytesThatNeverComeOutStopThePolling() {
        var watch = InputWatch()
        var verdicts: [InputWatch.Verdict] = []
        for _ in 0..<InputWatch.unproductiveLimit {
            verdicts.append(watch.record(readable: true, bytesWaiting: 5, produced: false))
        }
        #expect(verdicts.dropLast().allSatisfy { $0 == .keepPolling })
        #expect(verdicts.last == .stopPolling)
    }
}
