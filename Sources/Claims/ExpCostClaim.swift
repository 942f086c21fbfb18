import Activations
import Datasets
import Foundation
import Kernels
import NeuralNet

/// "exp is expensive to compute" (sigmoid's and tanh's cons): each
/// function's cost per element on this machine, and what it adds to a
/// whole training step of the lecture's width (64-1000-10 on digits)
/// against the same step with the identity (linear) in its place.
struct ExpCostClaim {
    struct Cost {
        var kind: ActivationKind
        /// Forward pass, nanoseconds per element.
        var nanoseconds: Double
        /// One training step (forward and backward, batch 32), seconds.
        var stepSeconds: Double
    }

    var costs: [Cost]
    /// The same step with the identity.
    var linearStepSeconds: Double
    /// The identity timed a second time, in its own trainer: how far two
    /// measurements of the same step differ, the resolution of the shares.
    var repeatedLinearStepSeconds: Double

    static let kinds: [ActivationKind] = [.sigmoid, .tanh, .elu, .swish, .relu]
    static let width = 1000
    static let batch = 32
    static let elementCount = 65_536
    /// A pass over 65 536 elements takes microseconds: several per timing
    /// keep the clock's resolution and one interruption out of the figure.
    static let passesPerRound = 16

    /// "Expensive" per element: at least twice ReLU's cost.
    static let elementRatio = 2.0
    /// It matters for training when sigmoid's step takes a tenth longer
    /// than ReLU's: less than that is lost among the matrix products.
    static let stepRatio = 1.10

    func cost(_ kind: ActivationKind) -> Cost? { costs.first { $0.kind == kind } }

    /// The activation's share of a step: the time it adds over the identity.
    func share(_ cost: Cost) -> Double { max(0, cost.stepSeconds - linearStepSeconds) / cost.stepSeconds }

    /// The identity against itself: shares below this are timing noise.
    var resolution: Double { abs(repeatedLinearStepSeconds - linearStepSeconds) / linearStepSeconds }

    static func measure() throws -> ExpCostClaim {
        let data = try ClaimSetup.digits()
        let configurations = (kinds + [.linear, .linear]).map { kind in
            // A rate this small keeps every net far from divergence, so each
            // step does the same work.
            ClaimSetup.configuration(.digits, hidden: [width], activation: LayerActivation(kind), optimizer: .sgd,
                                     rate: 0.0001, batch: batch, epochs: 1000)
        }
        let steps = try ClaimSetup.stepSeconds(configurations, on: data)
        let elements = elementSeconds(kinds)
        return ExpCostClaim(costs: kinds.indices.map { Cost(kind: kinds[$0], nanoseconds: elements[$0] * 1e9, stepSeconds: steps[$0]) },
                            linearStepSeconds: steps[kinds.count], repeatedLinearStepSeconds: steps[kinds.count + 1])
    }

    /// Seconds per element of each forward pass, the fastest of rounds
    /// taken in turns (as `ClaimSetup.stepSeconds`).
    static func elementSeconds(_ kinds: [ActivationKind]) -> [Double] {
        let n = elementCount
        // Inputs over ±8: the tails and the middle alike.
        let input = (0..<n).map { Float($0 % 2001 - 1000) / 125 }
        var output = [Float](repeating: 0, count: n)
        var best = [Double](repeating: .infinity, count: kinds.count)
        for _ in 0..<9 {
            for (index, kind) in kinds.enumerated() {
                let activation = Activation(kind)
                let start = ContinuousClock.now
                input.withUnsafeBufferPointer { x in
                    output.withUnsafeMutableBufferPointer { y in
                        for _ in 0..<passesPerRound {
                            ActivationKernels.forward(activation, input: x.baseAddress!, bias: nil, rows: 1, columns: n,
                                                      preactivation: nil, output: y.baseAddress!)
                        }
                    }
                }
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                best[index] = min(best[index], seconds / Double(n * passesPerRound))
            }
        }
        return best
    }

    var elementRatioOfSigmoid: Double {
        guard let sigmoid = cost(.sigmoid), let relu = cost(.relu), relu.nanoseconds > 0 else { return .nan }
        return sigmoid.nanoseconds / relu.nanoseconds
    }

    var stepRatioOfSigmoid: Double {
        guard let sigmoid = cost(.sigmoid), let relu = cost(.relu), relu.stepSeconds > 0 else { return .nan }
        return sigmoid.stepSeconds / relu.stepSeconds
    }

    var verdict: Verdict {
        guard elementRatioOfSigmoid.isFinite, stepRatioOfSigmoid.isFinite else { return .depends }
        if elementRatioOfSigmoid < Self.elementRatio { return .doesNotHoldHere }
        return stepRatioOfSigmoid >= Self.stepRatio ? .holds : .depends
    }

    var report: ClaimReport {
        let f = ClaimSetup.fixed
        let perElement = costs.map { "\($0.kind.rawValue) \(f($0.nanoseconds, 2))" }.joined(separator: ", ")
        let shares = costs.map { "\($0.kind.rawValue) \(ClaimSetup.percent(share($0)))" }.joined(separator: ", ")
        let step = f(linearStepSeconds * 1e3, 3)
        let reason: Phrase
        let e = ClaimSetup.ratio(elementRatioOfSigmoid), s = ClaimSetup.ratio(stepRatioOfSigmoid)
        switch verdict {
        case .holds:
            reason = Phrase("sigmoid costs \(e) ReLU per element (≥ \(ClaimSetup.ratio(Self.elementRatio))) and its step \(s) ReLU's "
                            + "(≥ \(ClaimSetup.ratio(Self.stepRatio)))", "sigmoid는 원소당 ReLU의 \(e) (≥ \(ClaimSetup.ratio(Self.elementRatio))), "
                            + "학습 스텝은 ReLU의 \(s) (≥ \(ClaimSetup.ratio(Self.stepRatio)))")
        case .doesNotHoldHere:
            reason = Phrase("sigmoid costs only \(e) ReLU per element (under \(ClaimSetup.ratio(Self.elementRatio))), "
                            + "with exp in vectorised Float32 kernels on this machine",
                            "이 컴퓨터의 벡터화된 Float32 커널에서 sigmoid의 원소당 비용이 ReLU의 \(e)에 불과함 "
                            + "(\(ClaimSetup.ratio(Self.elementRatio)) 미만)")
        case .depends:
            reason = Phrase("sigmoid costs \(e) ReLU per element, but its whole step only \(s) ReLU's (under "
                            + "\(ClaimSetup.ratio(Self.stepRatio))): the matrix products dominate",
                            "sigmoid는 원소당 ReLU의 \(e)이지만 학습 스텝 전체로는 \(s) (\(ClaimSetup.ratio(Self.stepRatio)) 미만): "
                            + "행렬 곱이 대부분을 차지함")
        }
        return ClaimReport(
            name: .expCost,
            claim: Phrase("exp is expensive: sigmoid (and tanh) cost more than ReLU",
                          "exp 연산은 비쌈: sigmoid(와 tanh)가 ReLU보다 비용이 큼"),
            reference: Phrase("lecture: \"exp is expensive to compute\" (sigmoid's and tanh's cons); ReLU is \"fast to compute\"",
                              "강의: \"exp 연산 비용이 큼\" (sigmoid와 tanh의 단점); ReLU는 \"계산이 빠름\""),
            measured: Phrase("ns per element (forward): \(perElement); share of a training step (digits 64-\(Self.width)-10, batch "
                             + "\(Self.batch), one thread, \(step) ms with the identity): \(shares) (the identity against itself: "
                             + "\(ClaimSetup.percent(resolution))); tanh is computed here without exp (a rational fit)",
                             "원소당 ns (순전파): \(perElement); 학습 스텝에서 차지하는 비율 (digits 64-\(Self.width)-10, 배치 "
                             + "\(Self.batch), 스레드 1개, 항등 함수로 \(step) ms): \(shares) (항등 함수끼리의 차이: "
                             + "\(ClaimSetup.percent(resolution))); 여기서 tanh는 exp 없이 유리함수 근사로 계산함"),
            verdict: verdict, reason: reason,
            figures: costs.flatMap { [("\($0.kind.rawValue)_ns_per_element", $0.nanoseconds),
                                      ("\($0.kind.rawValue)_step_seconds", $0.stepSeconds),
                                      ("\($0.kind.rawValue)_step_share", share($0))] }
                + [("linear_step_seconds", linearStepSeconds), ("repeated_linear_step_seconds", repeatedLinearStepSeconds)])
    }
}
