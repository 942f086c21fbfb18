import Activations
import Foundation
import Kernels
import Synchronization

/// Measures what each activation costs per element (the lecture's "exp is
/// slow") on this machine, on a background thread so the explorer opens at
/// once; the result arrives later as an `Event.costs`.
public final class ActivationCostProbe: Sendable {
    private let result = Mutex<[ActivationKind: Double]?>(nil)

    /// Elements per pass; enough to leave the timer's resolution behind.
    static let elementCount = 65_536
    static let passes = 3

    /// Starts measuring; `done` runs on the probe's thread when finished.
    func start(done: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            let costs = Self.measure()
            result.withLock { $0 = costs }
            done()
        }
        thread.qualityOfService = .utility
        thread.start()
    }

    /// The measured costs, once, or nil while measuring.
    func take() -> [ActivationKind: Double]? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }

    public static func measure() -> [ActivationKind: Double] {
        let n = elementCount
        var input = [Float](repeating: 0, count: n)
        for i in 0..<n { input[i] = Float(i % 2001 - 1000) / 125 }
        var output = [Float](repeating: 0, count: n)
        var costs: [ActivationKind: Double] = [:]
        for kind in ActivationKind.allCases {
            let activation = Activation(kind)
            var best = Double.infinity
            for _ in 0..<passes {
                let start = ContinuousClock.now
                input.withUnsafeBufferPointer { inp in
                    output.withUnsafeMutableBufferPointer { out in
                        ActivationKernels.forward(activation, input: inp.baseAddress!, bias: nil, rows: 1,
                                                  columns: n, preactivation: nil, output: out.baseAddress!)
                    }
                }
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                best = min(best, seconds)
            }
            costs[kind] = best * 1e9 / Double(n)
        }
        return costs
    }
}
