import Activations
import Testing
@testable import Claims
@testable import NeuralNet

/// Every verdict comes from its rule: fed made-up measurements on either
/// side of each threshold, the verdict flips. A verdict written into a
/// claim would fail these.
@Suite struct VerdictRuleTests {
    @Test func collapse() {
        func claim(_ linear: [Double], relu: Double = 0.99) -> CollapseClaim {
            CollapseClaim(baseline: 0.6, linear: zip([1, 3, 8], linear).map { ($0, $1) }, relu: relu)
        }
        #expect(claim([0.6, 0.605, 0.595]).verdict == .holds)
        #expect(claim([0.6, 0.6 + 0.011, 0.6]).verdict == .doesNotHoldHere)
        #expect(claim([0.6, 0.6, 0.6 - 0.011]).verdict == .depends)
        #expect(claim([0.6, 0.6, 0.6], relu: 0.69).verdict == .depends)
        #expect(claim([0.6, 0.6, 0.6], relu: 0.71).verdict == .holds)
    }

    @Test func vanishingGradients() {
        func claim(_ sigmoid: Double, _ relu: Double) -> VanishingGradientClaim {
            VanishingGradientClaim(sigmoidNorms: [sigmoid, 0.5, 1], reluNorms: [relu, 0.5, 1])
        }
        #expect(claim(1e-5, 0.9).verdict == .holds)
        #expect(claim(0.011, 0.9).verdict == .doesNotHoldHere)
        #expect(claim(0.009, 0.9).verdict == .holds)
        #expect(claim(0.009, 0.089).verdict == .depends)
        #expect(claim(0.009, 0.091).verdict == .holds)
        #expect(VanishingGradientClaim(sigmoidNorms: [1, 0], reluNorms: [1, 1]).verdict == .depends)
    }

    @Test func zigzag() {
        func claim(_ sigmoid: Double, _ tanh: Double, _ elu: Double) -> ZigzagClaim {
            ZigzagClaim(shares: [(.sigmoid, sigmoid), (.tanh, tanh), (.elu, elu), (.relu, 1)])
        }
        #expect(claim(1, 0, 0).verdict == .holds)
        #expect(claim(0.89, 0, 0).verdict == .doesNotHoldHere)
        #expect(claim(0.91, 0.09, 0.09).verdict == .holds)
        #expect(claim(1, 0.11, 0).verdict == .doesNotHoldHere)
        #expect(claim(1, 0, 0.11).verdict == .depends)
    }

    @Test func expCost() {
        func claim(sigmoid ns: Double, step: Double) -> ExpCostClaim {
            ExpCostClaim(costs: [.init(kind: .sigmoid, nanoseconds: ns, stepSeconds: step),
                                 .init(kind: .relu, nanoseconds: 1, stepSeconds: 1)], linearStepSeconds: 0.9,
                         repeatedLinearStepSeconds: 0.909)
        }
        #expect(claim(sigmoid: 1.99, step: 2).verdict == .doesNotHoldHere)
        #expect(claim(sigmoid: 2.01, step: 1.11).verdict == .holds)
        #expect(claim(sigmoid: 2.01, step: 1.09).verdict == .depends)
        // The share of a step is the time added over the identity.
        let c = claim(sigmoid: 3, step: 1.2)
        #expect(abs(c.share(c.costs[0]) - 0.25) < 1e-12)
        #expect(abs(c.resolution - 0.01) < 1e-12)
    }

    @Test func convergence() {
        func verdict(_ relu: Double?, _ rival: Double?) -> Verdict {
            ConvergenceClaim(rival: .tanh, reluEpochs: relu, rivalEpochs: rival, epochs: 30).verdict
        }
        #expect(verdict(1, 3.01) == .holds)
        #expect(verdict(1, 2.99) == .depends)
        #expect(verdict(1, 1) == .doesNotHoldHere)
        #expect(verdict(1.2, 0.39) == .doesNotHoldHere)
        // A rival that missed the target: the budget bounds the factor from below.
        #expect(verdict(9.9, nil) == .holds)
        #expect(verdict(10.1, nil) == .depends)
        #expect(verdict(nil, 5) == .doesNotHoldHere)
        #expect(verdict(nil, nil) == .depends)
        #expect(ConvergenceClaim(rival: .sigmoid, reluEpochs: 1, rivalEpochs: 6, epochs: 30).report.name == .reluVersusSigmoid)
    }

    @Test func convergenceReadsTheRace() throws {
        func row(_ kind: ActivationKind, _ rate: LearningRate, _ epochs: [Double?]) -> ComparisonRow {
            ComparisonRow(activation: LayerActivation(kind), parameterCount: 1, learningRate: rate,
                          runs: epochs.map { TargetOutcome(epochs: $0) }, trials: [])
        }
        let race = ConvergenceRace(rows: [row(.relu, 0.1, [1, 2, 3]), row(.tanh, 0.3, [0.4, 0.5, nil]), row(.sigmoid, 3, [nil, nil, 9])])
        let tanh = ConvergenceClaim(rival: .tanh, race: race)
        #expect(tanh.reluEpochs == 2)
        #expect(tanh.rivalEpochs == 0.5)
        #expect(tanh.rivalRate == 0.3)
        #expect(tanh.verdict == .doesNotHoldHere)
        let sigmoid = ConvergenceClaim(rival: .sigmoid, race: race)
        #expect(sigmoid.rivalEpochs == nil)
        #expect(sigmoid.factor?.isLowerBound == true)
        #expect(sigmoid.verdict == .holds)
    }

    @Test func deadUnits() {
        typealias Run = DeadUnitClaim.Run
        func claim(relu: Double, leaky: Double, prelu: Double, preluDiverges: Bool = false, reluDivergesAtOne: Bool = false) -> DeadUnitClaim {
            var runs: [Run] = []
            for rate in DeadUnitClaim.rates {
                let high = rate == DeadUnitClaim.rates.last
                runs.append(Run(kind: .relu, rate: rate, diverged: high && reluDivergesAtOne, dead: high ? relu : 0.02,
                                neverPositive: high ? relu : 0.02, trainAccuracy: 0.9))
                runs.append(Run(kind: .leakyReLU, rate: rate, diverged: false, dead: 0, neverPositive: high ? leaky : 0, trainAccuracy: 0.9))
                runs.append(Run(kind: .prelu, rate: rate, diverged: high && preluDiverges, dead: 0, neverPositive: high ? prelu : 0,
                                trainAccuracy: 0.9))
            }
            return DeadUnitClaim(runs: runs)
        }
        #expect(claim(relu: 0.5, leaky: 0.1, prelu: 0.2).verdict == .holds)
        #expect(claim(relu: 0.09, leaky: 0, prelu: 0).verdict == .doesNotHoldHere)
        #expect(claim(relu: 0.5, leaky: 0.26, prelu: 0).verdict == .depends)
        #expect(claim(relu: 0.5, leaky: 0, prelu: 0, preluDiverges: true).verdict == .depends)
        // ReLU diverged at the top rate: the verdict is read at the next one, where 2% died.
        let lower = claim(relu: 0.5, leaky: 0, prelu: 0, reluDivergesAtOne: true)
        #expect(lower.testedRate == 0.3)
        #expect(lower.verdict == .doesNotHoldHere)
    }

    @Test func selu() {
        func claim(_ mean: Double, _ deviation: Double) -> SELUClaim {
            SELUClaim(selu: .init(label: "selu", mean: mean, deviation: deviation),
                      others: [.init(label: "selu-raw", mean: 0.5, deviation: 2)])
        }
        #expect(claim(0.19, 1.19).verdict == .holds)
        #expect(claim(-0.21, 1).verdict == .doesNotHoldHere)
        #expect(claim(0, 0.79).verdict == .doesNotHoldHere)
        #expect(claim(0, 1).report.reason.english.contains("on raw inputs it does not"))
    }

    @Test func maxout() {
        func claim(maxout: Int, step: Double) -> MaxoutClaim {
            MaxoutClaim(reluParameters: 1100, maxoutParameters: maxout, outputParameters: 100, reluStepSeconds: 1,
                        maxoutStepSeconds: step)
        }
        #expect(claim(maxout: 2100, step: 1.21).verdict == .holds)
        #expect(claim(maxout: 2100, step: 1.19).verdict == .depends)
        #expect(claim(maxout: 2099, step: 2).verdict == .doesNotHoldHere)
    }

    @Test func swishMinimum() {
        #expect(SwishMinimumClaim(location: -1.2784, value: -0.2784).verdict == .holds)
        #expect(SwishMinimumClaim(location: -1.2774, value: -0.2784).verdict == .doesNotHoldHere)
        #expect(SwishMinimumClaim(location: -1.2784, value: -0.2786).verdict == .doesNotHoldHere)
    }
}
