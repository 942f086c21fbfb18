import Activations
import Testing

/// Every activation, f and f′, against 50-digit mpmath values over
/// [−50, 50] and out into the tails.
@Suite struct ReferenceAgreementTests {
    /// Below Double's normal range results are subnormal and carry only a few
    /// bits, so there the error is judged absolutely.
    static let subnormalFloor = Double.leastNormalMagnitude

    /// Where f′ crosses zero smoothly (swish, mish, GELU minima) it is a
    /// difference of O(1) terms; 1e-16 absolute is a few ulps of those terms.
    static let crossingFloor = 1e-16

    static func tolerance(reference: Double, floor: Double) -> Double {
        1e-12 * Swift.max(abs(reference), floor / 1e-12)
    }

    @Test func valuesAndDerivativesMatchReference() throws {
        let rows = try ReferenceFixture.rows()
        #expect(rows.count > 9000)
        var covered = Set<ActivationKind>()
        var worstValue = 0.0, worstDerivative = 0.0
        for row in rows {
            let activation = try Activation.named(row.name, parameters: row.parameters)
            covered.insert(activation.kind)

            let value = activation.value(row.x)
            let valueTolerance = Self.tolerance(reference: row.value, floor: Self.subnormalFloor)
            #expect(abs(value - row.value) <= valueTolerance,
                    "\(row.name)(\(row.x)) = \(value), reference \(row.value) (line \(row.line))")

            let crossesZero: Set<ActivationKind> = [.swish, .mish, .gelu, .geluTanh]
            let floor = crossesZero.contains(activation.kind) ? Self.crossingFloor : Self.subnormalFloor
            let derivative = activation.derivative(row.x)
            #expect(abs(derivative - row.derivative) <= Self.tolerance(reference: row.derivative, floor: floor),
                    "\(row.name)′(\(row.x)) = \(derivative), reference \(row.derivative) (line \(row.line))")

            if abs(row.value) >= Self.subnormalFloor {
                worstValue = Swift.max(worstValue, abs(value - row.value) / abs(row.value))
            }
            // Near f′'s zero crossings relative error means nothing; elsewhere it is
            // measured all the way into the tails.
            let nearCrossing = crossesZero.contains(activation.kind) && abs(row.x) < 4
            if abs(row.derivative) >= (nearCrossing ? 1e-3 : Self.subnormalFloor) {
                worstDerivative = Swift.max(worstDerivative, abs(derivative - row.derivative) / abs(row.derivative))
            }
        }
        #expect(covered == Set(ActivationKind.allCases))
        // The observed worst relative errors, for the record.
        print("reference agreement: worst relative error f \(worstValue), f′ \(worstDerivative)")
    }

    @Test func tailsAreAccurate() {
        // Values the brief names, checked on their own so a failure is obvious.
        let sigmoid = Activation(.sigmoid)
        #expect(abs(sigmoid.value(-700.0) / 9.8596765437597708567e-305 - 1) < 1e-12)
        let softplus = Activation(.softplus)
        let tiny = softplus.value(-800.0)
        #expect(tiny.isFinite && tiny >= 0 && tiny < Double.leastNormalMagnitude)
        #expect(abs(softplus.value(-700.0) / 9.8596765437597708567e-305 - 1) < 1e-12)
    }

    @Test func geluTailsAreWithinAFewUlps() throws {
        // GELU corrects the rounding of x/√2 and x²; without that its lower
        // tail drifts to ~2e-13 relative by x = −37.
        let gelu = Activation(.gelu)
        var checked = 0
        for row in try ReferenceFixture.rows() where row.name == "gelu" {
            if abs(row.value) >= Self.subnormalFloor {
                #expect(abs(gelu.value(row.x) / row.value - 1) <= 2e-15, "gelu(\(row.x))")
                checked += 1
            }
            if abs(row.derivative) >= Self.subnormalFloor && abs(row.x) >= 4 {
                #expect(abs(gelu.derivative(row.x) / row.derivative - 1) <= 2e-15, "gelu′(\(row.x))")
            }
        }
        #expect(checked > 250)
    }
}

