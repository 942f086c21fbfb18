import Activations

/// What a hidden layer computes after its affine map: a catalogue activation
/// with its parameters fixed, PReLU (whose slopes training learns), or
/// maxout with its number of weight sets.
public enum LayerActivation: Sendable, Hashable {
    case activation(Activation)
    /// f(z) = z for z > 0, αⱼ·z otherwise, one learned αⱼ per unit, each
    /// starting at `initialSlope`.
    case prelu(initialSlope: Double)
    /// Each unit outputs the largest of its `pieces` affine maps.
    case maxout(pieces: Int)

    /// PReLU's usual starting slope (He et al. 2015; PyTorch's default).
    public static let defaultPReLUSlope = 0.25
    /// Maxout's usual number of weight sets (Goodfellow et al. 2013).
    public static let defaultMaxoutPieces = 2

    /// The kind with its default parameters.
    public init(_ kind: ActivationKind) {
        switch kind {
        case .prelu: self = .prelu(initialSlope: Self.defaultPReLUSlope)
        case .maxout: self = .maxout(pieces: Self.defaultMaxoutPieces)
        default: self = .activation(Activation(kind))
        }
    }

    /// The kind with some parameters set by name (`slope`, `alpha`, `beta`;
    /// PReLU's `alpha` is its starting slope). Throws for a name the kind
    /// does not have or a value out of range.
    public init(_ kind: ActivationKind, parameters: [String: Double]) throws(ConfigurationError) {
        do {
            switch kind {
            case .maxout:
                // The catalogue's w1…b2 draw a fixed maxout for the plots; in
                // a network the pieces are learned weights.
                if let name = parameters.keys.sorted().first {
                    throw ConfigurationError("maxout in a network learns its pieces, so it takes no parameter '\(name)' "
                        + "(w1, b1, w2, b2 shape only the plotted function); set the number of pieces with --maxout-pieces")
                }
                self = .maxout(pieces: Self.defaultMaxoutPieces)
            case .prelu:
                let activation = try Activation(kind, parameters: parameters)
                self = .prelu(initialSlope: activation[parameter: "alpha"] ?? Self.defaultPReLUSlope)
            default:
                self = .activation(try Activation(kind, parameters: parameters))
            }
        } catch let error as ActivationError {
            throw ConfigurationError(error.description)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError("\(error)")
        }
    }

    public var kind: ActivationKind {
        switch self {
        case .activation(let activation): activation.kind
        case .prelu: .prelu
        case .maxout: .maxout
        }
    }

    /// The canonical name, as `actview list` spells it.
    public var name: String { kind.rawValue }

    /// The parameters as the catalogue names them, for display and files:
    /// only those that differ from the catalogue's defaults.
    public var changedParameters: [String: Double] {
        switch self {
        case .activation(let activation):
            var changed: [String: Double] = [:]
            for spec in activation.entry.parameters where activation.parameters[spec.name] != spec.defaultValue {
                changed[spec.name] = activation.parameters[spec.name]
            }
            return changed
        case .prelu(let slope):
            return slope == Self.defaultPReLUSlope ? [:] : ["alpha": slope]
        case .maxout:
            return [:]
        }
    }

    /// The function the activation plot draws for this layer: PReLU with its
    /// starting slope, maxout with the catalogue's default pieces.
    public var plotted: Activation {
        switch self {
        case .activation(let activation): activation
        case .prelu(let slope): (try? Activation(.prelu, parameters: ["alpha": slope])) ?? Activation(.prelu)
        case .maxout: Activation(.maxout)
        }
    }

    /// Affine maps per unit.
    var pieces: Int {
        if case .maxout(let pieces) = self { return pieces }
        return 1
    }
}
