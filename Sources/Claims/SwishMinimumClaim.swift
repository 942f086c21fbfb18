import Activations

/// "Swish dips to −0.278 at x = −1.278": the minimum of the catalogue's
/// swish (β = 1), found numerically by golden-section search on f itself.
struct SwishMinimumClaim {
    var location: Double
    var value: Double

    static let lectureLocation = -1.278
    static let lectureValue = -0.278
    /// The lecture gives three decimals: equal when rounded to three.
    static let decimals = 3.0

    static func measure() -> SwishMinimumClaim {
        let swish = Activation(.swish)
        // Swish is unimodal on [−5, 0]: it falls from ≈ −0.03 and rises back to 0.
        var low = -5.0, high = 0.0
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = high - ratio * (high - low), b = low + ratio * (high - low)
        var fa = swish.value(a), fb = swish.value(b)
        for _ in 0..<200 where high - low > 1e-12 {
            if fa < fb {
                high = b; b = a; fb = fa
                a = high - ratio * (high - low); fa = swish.value(a)
            } else {
                low = a; a = b; fa = fb
                b = low + ratio * (high - low); fb = swish.value(b)
            }
        }
        let x = (low + high) / 2
        return SwishMinimumClaim(location: x, value: swish.value(x))
    }

    static func rounded(_ x: Double) -> Double {
        let scale = (0..<Int(decimals)).reduce(1.0) { product, _ in product * 10 }
        return (x * scale).rounded() / scale
    }

    var verdict: Verdict {
        Self.rounded(location) == Self.lectureLocation && Self.rounded(value) == Self.lectureValue ? .holds : .doesNotHoldHere
    }

    var report: ClaimReport {
        let x = ClaimSetup.fixed(location, 5), y = ClaimSetup.fixed(value, 5)
        return ClaimReport(
            name: .swishMinimum,
            claim: Phrase("Swish is not monotone: it dips to a minimum of −0.278 at x = −1.278",
                          "Swish는 단조 함수가 아님: x = −1.278에서 최솟값 −0.278까지 내려감"),
            reference: Phrase("lecture: min swish(x) ≈ −0.278 at x ≈ −1.278", "강의: x ≈ −1.278에서 swish 최솟값 ≈ −0.278"),
            measured: Phrase("golden-section search on the catalogue's swish (β = 1): minimum \(y) at x = \(x)",
                             "카탈로그의 swish (β = 1)에 황금분할 탐색: x = \(x)에서 최솟값 \(y)"),
            verdict: verdict,
            reason: verdict == .holds
                ? Phrase("equal to the lecture's figures rounded to three decimals", "소수 셋째 자리로 반올림하면 강의의 값과 같음")
                : Phrase("differs from the lecture's figures at three decimals", "소수 셋째 자리에서 강의의 값과 다름"),
            figures: [("minimum_x", location), ("minimum_value", value)])
    }
}
