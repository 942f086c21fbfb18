/// The lecture's claims `actview claims` checks, in the lecture's order.
/// The raw value is the name on the command line.
public enum ClaimName: String, Sendable, Hashable, CaseIterable {
    case noActivation = "no-activation"
    case saturation
    case zigzag
    case expCost = "exp-cost"
    case reluVersusTanh = "relu-vs-tanh"
    case reluVersusSigmoid = "relu-vs-sigmoid"
    case deadReLU = "dead-relu"
    case selu
    case maxout
    case swishMinimum = "swish-minimum"
}
