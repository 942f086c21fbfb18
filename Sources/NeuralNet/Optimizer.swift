import RealModule

/// An update rule with its per-parameter memory (velocities, moment
/// estimates). Slots are per layer: weights, biases, PReLU slopes.
struct Optimizer: Sendable {
    let kind: OptimizerKind
    private var first: [[Float]]
    private var second: [[Float]]
    /// Updates applied so far (Adam's bias correction needs it).
    private var updates = 0

    private static let momentum: Float = 0.9
    private static let beta1: Float = 0.9
    private static let beta2: Float = 0.999
    private static let adamEpsilon: Float = 1e-8
    private static let rho: Float = 0.9
    private static let rmsEpsilon: Float = 1e-7

    init(kind: OptimizerKind, layers: [DenseLayer]) {
        self.kind = kind
        let sizes = layers.flatMap { [$0.weights.count, $0.bias.count, $0.alpha.count] }
        let needsFirst = [.momentum, .nesterov, .adam].contains(kind)
        let needsSecond = [.adam, .rmsprop].contains(kind)
        first = sizes.map { [Float](repeating: 0, count: needsFirst ? $0 : 0) }
        second = sizes.map { [Float](repeating: 0, count: needsSecond ? $0 : 0) }
    }

    /// Applies the gradients the workspace holds to `network`. Weight decay
    /// adds λ·w, the L1 penalty λ₁·sign(w) (0 at w = 0), to weight gradients
    /// only. After a `.fused` backward pass the
    /// weights have had their step already, so only biases and slopes remain.
    mutating func update(_ network: inout Network, workspace: NetworkWorkspace,
                         learningRate: Double, weightDecay: Double, l1Penalty: Double = 0,
                         fusion: DescentFusion = .separate) {
        updates += 1
        let rate = Float(learningRate)
        let decay = Float(weightDecay)
        let l1 = Float(l1Penalty)
        for index in network.layers.indices {
            if !fusion.isFused {
                network.layers[index].weights.withUnsafeMutableBufferPointer { weights in
                    apply(slot: index * 3, parameters: weights.baseAddress!,
                          gradients: workspace.weightGradients[index].pointer,
                          count: weights.count, rate: rate, decay: decay, l1: l1)
                }
            }
            network.layers[index].bias.withUnsafeMutableBufferPointer { bias in
                guard let base = bias.baseAddress else { return }
                apply(slot: index * 3 + 1, parameters: base, gradients: workspace.biasGradients[index].pointer,
                      count: bias.count, rate: rate, decay: 0, l1: 0)
            }
            network.layers[index].alpha.withUnsafeMutableBufferPointer { alpha in
                guard let base = alpha.baseAddress else { return }
                apply(slot: index * 3 + 2, parameters: base, gradients: workspace.alphaGradients[index].pointer,
                      count: alpha.count, rate: rate, decay: 0, l1: 0)
            }
        }
    }

    private mutating func apply(slot: Int, parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>,
                                count: Int, rate: Float, decay: Float, l1: Float) {
        // The penalties' gradient, λ·w + λ₁·sign(w).
        @inline(__always) func penalty(_ w: Float) -> Float {
            decay * w + (w > 0 ? l1 : w < 0 ? -l1 : 0)
        }
        switch kind {
        case .gd, .sgd:
            if decay == 0 && l1 == 0 {
                for i in 0..<count { parameters[i] -= rate * gradients[i] }
            } else {
                for i in 0..<count { parameters[i] -= rate * (gradients[i] + penalty(parameters[i])) }
            }
        case .momentum, .nesterov:
            let mu = Self.momentum
            let nesterov = kind == .nesterov
            first[slot].withUnsafeMutableBufferPointer { velocity in
                for i in 0..<count {
                    let g = gradients[i] + penalty(parameters[i])
                    let v = mu * velocity[i] + g
                    velocity[i] = v
                    // Nesterov looks ahead along the new velocity (the
                    // formulation PyTorch and Keras use).
                    parameters[i] -= rate * (nesterov ? g + mu * v : v)
                }
            }
        case .adam:
            let b1 = Self.beta1, b2 = Self.beta2
            let correction1 = 1 - Float.pow(b1, Float(updates))
            let correction2 = 1 - Float.pow(b2, Float(updates))
            let stepSize = rate * correction2.squareRoot() / correction1
            first[slot].withUnsafeMutableBufferPointer { m in
                second[slot].withUnsafeMutableBufferPointer { v in
                    for i in 0..<count {
                        let g = gradients[i] + penalty(parameters[i])
                        m[i] = b1 * m[i] + (1 - b1) * g
                        v[i] = b2 * v[i] + (1 - b2) * g * g
                        parameters[i] -= stepSize * m[i] / (v[i].squareRoot() + Self.adamEpsilon)
                    }
                }
            }
        case .rmsprop:
            let rho = Self.rho
            second[slot].withUnsafeMutableBufferPointer { s in
                for i in 0..<count {
                    let g = gradients[i] + penalty(parameters[i])
                    s[i] = rho * s[i] + (1 - rho) * g * g
                    parameters[i] -= rate * g / (s[i].squareRoot() + Self.rmsEpsilon)
                }
            }
        }
    }
}
