import Foundation
import Synchronization
import Testing
@testable import NeuralNet

@Suite struct TrainingSessionTests {
    /// Polls `condition` up to `attempts` times, 2 ms apart. The bound is a
    /// safety net against a hang, not a speed requirement.
    static func wait(attempts: Int = 5000, until condition: () -> Bool) -> Bool {
        for _ in 0..<attempts {
            if condition() { return true }
            usleep(2000)
        }
        return condition()
    }

    static func session(epochs: Int = 1000, onSnapshot: (@Sendable (TrainingSnapshot) -> Void)? = nil) throws -> TrainingSession {
        var c = TestData.configuration(hidden: [8], activation: "relu", batch: 10)
        c.epochs = epochs
        return try TrainingSession(configuration: c, dataset: TestData.blobs(), onSnapshot: onSnapshot)
    }

    @Test func runsPausesStepsAndCancels() throws {
        let published = Mutex(0)
        let session = try Self.session { _ in published.withLock { $0 += 1 } }
        #expect(session.latestSnapshot.step == 0)
        #expect(session.latestSnapshot.trainLoss != nil)
        session.start()
        session.resume()
        #expect(Self.wait { session.latestSnapshot.step >= 20 })
        #expect(Self.wait { session.latestSnapshot.state == .running })

        session.pause()
        #expect(Self.wait { session.latestSnapshot.state == .paused })
        // Paused: the step count settles and stays put.
        var settled = session.latestSnapshot.step
        #expect(Self.wait {
            let now = session.latestSnapshot.step
            defer { settled = now }
            return now == settled
        })
        let version = session.version
        session.stepOnce()
        #expect(Self.wait { session.latestSnapshot.step == settled + 1 })
        #expect(session.version > version)

        session.setLearningRate(0.02)
        #expect(Self.wait { session.latestSnapshot.learningRate == 0.02 })

        session.cancel()
        #expect(session.waitForExit(timeout: 30))
        #expect(session.hasExited)
        #expect(published.withLock { $0 } > 0)
    }

    @Test func restartStartsOverFromTheSameWeights() throws {
        let session = try Self.session()
        session.start()
        session.resume()
        #expect(Self.wait { session.latestSnapshot.step >= 10 })
        var c = TestData.configuration(hidden: [8], activation: "tanh", batch: 10)
        c.epochs = 1000
        session.pause()
        session.restart(with: c)
        #expect(Self.wait { session.latestSnapshot.step == 0 && session.latestSnapshot.layers.first?.activation == .tanh })
        // A bad configuration is refused and reported; the run carries on.
        var bad = c
        bad.hiddenSizes = [0]
        session.restart(with: bad)
        #expect(Self.wait { session.lastError != nil })
        session.cancel()
        #expect(session.waitForExit(timeout: 30))
    }

    @Test func stopsWhenTheEpochsAreDone() throws {
        let session = try Self.session(epochs: 2)
        session.start()
        session.resume()
        #expect(Self.wait { session.latestSnapshot.state == .finished })
        #expect(session.latestSnapshot.epoch == 2)
        session.cancel()
        #expect(session.waitForExit(timeout: 30))
    }

    @Test func commandsFromManyTasksAreSafe() async throws {
        let session = try Self.session()
        session.start()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    for i in 0..<50 {
                        switch (task + i) % 5 {
                        case 0: session.resume()
                        case 1: session.pause()
                        case 2: session.stepOnce()
                        case 3: session.setLearningRate(try! LearningRate(0.01 + Double(i) * 0.001))
                        default: _ = session.latestSnapshot
                        }
                    }
                }
            }
        }
        session.cancel()
        #expect(session.waitForExit(timeout: 30))
    }
    // MARK: Pace

    /// Steps a running session takes over about `seconds`, per second.
    static func measuredRate(_ session: TrainingSession, seconds: Double = 1) -> Double {
        let start = ContinuousClock.now
        let first = session.latestSnapshot.step
        usleep(UInt32(seconds * 1_000_000))
        let steps = session.latestSnapshot.step - first
        let elapsed = ContinuousClock.now - start
        return Double(steps) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    @Test func paceHoldsARunningSessionToItsRate() throws {
        let session = try Self.session(epochs: 100_000)
        session.setPace(stepsPerSecond: 20)
        session.start()
        session.resume()
        #expect(Self.wait { session.latestSnapshot.step >= 2 })
        let paced = Self.measuredRate(session)
        #expect((10...30).contains(paced), "paced at 20 steps/s, measured \(paced)")

        // Invalid rates are ignored; nil runs flat out again.
        session.setPace(stepsPerSecond: 0)
        session.setPace(stepsPerSecond: -.infinity)
        session.setPace(stepsPerSecond: .nan)
        #expect(Self.measuredRate(session, seconds: 0.5) <= 30)
        session.setPace(stepsPerSecond: nil)
        let unlimited = Self.measuredRate(session)
        #expect(unlimited > 10 * paced, "unlimited \(unlimited) steps/s against paced \(paced)")
        session.cancel()
        #expect(session.waitForExit(timeout: 30))
    }

    @Test func paceDoesNotDelayPauseStepOrCancel() throws {
        let clock = ContinuousClock()
        let session = try Self.session(epochs: 100_000)
        // One step every two seconds: any wait for the next step would show.
        session.setPace(stepsPerSecond: 0.5)
        session.start()
        session.resume()
        #expect(Self.wait { session.latestSnapshot.step == 1 && session.latestSnapshot.state == .running })

        var start = clock.now
        session.pause()
        #expect(Self.wait { session.latestSnapshot.state == .paused })
        #expect(clock.now - start < .milliseconds(900))
        #expect(session.latestSnapshot.step == 1)

        // Single steps are never held back.
        start = clock.now
        for _ in 0..<3 { session.stepOnce() }
        #expect(Self.wait { session.latestSnapshot.step == 4 })
        #expect(clock.now - start < .milliseconds(900))

        // Running again, the first step comes at once, then the worker waits;
        // cancelling wakes it.
        session.resume()
        #expect(Self.wait { session.latestSnapshot.step == 5 })
        start = clock.now
        session.cancel()
        #expect(session.waitForExit(timeout: 30))
        #expect(clock.now - start < .milliseconds(900))
        #expect(session.hasExited)
    }
}
