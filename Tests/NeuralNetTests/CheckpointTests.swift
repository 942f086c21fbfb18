import Testing
@testable import NeuralNet

/// Checkpoints: a restored trainer goes on exactly as the run went on from
/// there, and the ring keeps a bounded number of moments.
@Suite struct CheckpointTests {
    static func trainer(batch: Int = 10, optimizer: OptimizerKind = .adam, path: ComputePath = .reference) throws -> Trainer {
        var c = TestData.configuration(hidden: [8], activation: "relu", batch: batch)
        c.optimizer = optimizer
        c.epochs = 100
        var t = try Trainer(configuration: c, dataset: TestData.blobs(), computePath: path, threads: 1)
        t.setRunning(true)
        return t
    }

    /// The fast path's fused steps write the weights in place: the moment
    /// must keep its own copy.
    @Test(arguments: [OptimizerKind.sgd, .momentum, .adam], [(ComputePath.reference, 10), (.fast, 10), (.fast, 0)])
    func aRestoredRunRepeatsTheStepsAfterItsMoment(optimizer: OptimizerKind, path: (ComputePath, Int)) throws {
        var t = try Self.trainer(batch: path.1, optimizer: optimizer, path: path.0)
        for _ in 0..<7 { t.step() }
        let moment = t.checkpoint()
        var losses: [Double?] = []
        // Past an epoch boundary, so the next epoch's shuffle is repeated too.
        for _ in 0..<40 {
            t.step()
            losses.append(t.batchLoss)
        }
        let end = t.network
        t.restore(moment)
        #expect(t.stepCount == 7)
        var again: [Double?] = []
        for _ in 0..<40 {
            t.step()
            again.append(t.batchLoss)
        }
        #expect(again == losses)
        #expect(t.network.layers.map(\.weights) == end.layers.map(\.weights))
    }

    @Test func restoringKeepsTheLiveLearningRateAndRescuesADivergedRun() throws {
        var t = try Self.trainer(optimizer: .sgd)
        t.step()
        let moment = t.checkpoint()
        t.learningRate = 1e6
        for _ in 0..<30 where !t.hasDiverged { t.step() }
        #expect(t.hasDiverged)
        t.restore(moment)
        #expect(t.state == .paused)
        #expect(t.learningRate.value == 1e6)
        #expect(t.stepCount == 1)
    }

    @Test func theRingStaysBoundedAndSpreadOverTheRun() throws {
        var t = try Self.trainer()
        t.run = RunID(1)
        var ring = CheckpointRing(run: RunID(1), interval: 2, capacity: 4)
        ring.record(t)
        for _ in 0..<100 {
            t.step()
            ring.record(t)
            #expect(ring.moments.count <= 4)
        }
        // Doubled from 2 until four moments cover the 100 steps.
        #expect(ring.interval == 32)
        #expect(ring.steps == [0, 32, 64, 96])
        // Another run's steps are not kept.
        var other = t
        other.run = RunID(2)
        other.step()
        ring.record(other)
        #expect(ring.steps == [0, 32, 64, 96])
    }

    @Test func momentsPastARestoreStayUntilTheRunTakesAStep() throws {
        var t = try Self.trainer()
        t.run = RunID(1)
        var ring = CheckpointRing(run: RunID(1), interval: 5, capacity: 16)
        ring.record(t)
        for _ in 0..<23 {
            t.step()
            ring.record(t)
        }
        #expect(ring.steps == [0, 5, 10, 15, 20])
        #expect(ring.moment(for: 7, forward: false)?.step == 5)
        #expect(ring.moment(for: 7, forward: true)?.step == 10)
        // Nothing ahead any more: the latest before, never nothing.
        #expect(ring.moment(for: 21, forward: true)?.step == 20)
        let back = try #require(ring.moment(before: 12))
        #expect(back.step == 10)
        t.restore(back)
        t.run = RunID(2)
        ring.restored(back, as: RunID(2))
        // Forward is still there to go to…
        #expect(ring.moment(after: 10)?.step == 15)
        // …until the restored run moves on.
        t.step()
        ring.record(t)
        #expect(ring.steps == [0, 5, 10])
        for _ in 0..<4 {
            t.step()
            ring.record(t)
        }
        #expect(ring.steps == [0, 5, 10, 15])
    }
}
