import Foundation
import Testing
@testable import TermPlot

@Suite struct TicksTests {
    @Test func unitRange() {
        #expect(Ticks.linear(lower: 0, upper: 1, maxCount: 6) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        #expect(Ticks.linear(lower: -6, upper: 6, maxCount: 7) == [-6, -4, -2, 0, 2, 4, 6])
    }

    @Test(arguments: [
        (-6.0, 6.0), (0.0, 1.0), (-0.06, 1.06), (-1.37, 0.0042), (1e-6, 3e-6), (3.0, 250_000.0),
        (-1e9, 1e9), (0.999, 1.001), (12.0, 13.0),
    ])
    func ticksAreNiceAndCoverTheRange(lower: Double, upper: Double) {
        for maxCount in 2...10 {
            let ticks = Ticks.linear(lower: lower, upper: upper, maxCount: maxCount)
            #expect(ticks.count >= 1 && ticks.count <= maxCount)
            #expect(ticks.allSatisfy { $0 >= lower - 1e-12 * abs(lower) && $0 <= upper + 1e-12 * abs(upper) })
            guard ticks.count >= 2 else { continue }
            let step = ticks[1] - ticks[0]
            // 1, 2 or 5 times a power of ten.
            let mantissa = step / pow(10, floor(log10(step)))
            #expect([1.0, 2.0, 5.0].contains { abs($0 - mantissa) < 1e-6 }, "step \(step)")
            // Evenly spaced, and no gap of a full step left at either end.
            for (a, b) in zip(ticks, ticks.dropFirst()) { #expect(abs((b - a) - step) < step * 1e-6) }
            #expect(ticks.first! - lower < step * (1 + 1e-9))
            #expect(upper - ticks.last! < step * (1 + 1e-9))
        }
    }

    @Test func atLeastTwoTicksWhenRoomAllows() {
        #expect(Ticks.linear(lower: 0.31, upper: 0.33, maxCount: 3).count == 3)
        #expect(Ticks.linear(lower: -6, upper: 6, maxCount: 3).count >= 2)
    }

    @Test func degenerateRangesDoNotHang() {
        #expect(Ticks.linear(lower: 1, upper: 1, maxCount: 5) == [1])
        #expect(Ticks.linear(lower: .nan, upper: 1, maxCount: 5).isEmpty)
        #expect(Ticks.linear(lower: -Double.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude, maxCount: 5).count == 1)
    }

    @Test func logarithmicTicksAreDecades() {
        #expect(Ticks.logarithmic(lower: 1e-3, upper: 1, maxCount: 6) == [1e-3, 1e-2, 1e-1, 1])
        let many = Ticks.logarithmic(lower: 1e-12, upper: 1e3, maxCount: 5)
        #expect(many.count <= 5 && many.count >= 2)
        #expect(many.allSatisfy { abs(log10($0) - log10($0).rounded()) < 1e-9 })
        // Within one decade: 1-2-5 multiples.
        #expect(Ticks.logarithmic(lower: 0.15, upper: 0.9, maxCount: 6) == [0.2, 0.5])
        #expect(Ticks.logarithmic(lower: 0, upper: 1, maxCount: 6).isEmpty)
    }

    @Test func compactLabels() {
        #expect(NumberFormat.tick(-5, step: 1) == "-5")
        #expect(NumberFormat.tick(0.5, step: 0.5) == "0.5")
        #expect(NumberFormat.tick(1, step: 0.2) == "1")
        #expect(NumberFormat.tick(0.6000000000000001, step: 0.2) == "0.6")
        #expect(NumberFormat.tick(0.001, step: 0.001) == "1e-3")
        #expect(NumberFormat.tick(0.0025, step: 0.0005) == "2.5e-3")
        #expect(NumberFormat.tick(250_000, step: 50_000) == "2.5e5")
        #expect(NumberFormat.tick(1e-17, step: 0.2) == "0")
        #expect(NumberFormat.tick(-0.0, step: 1) == "0")
        #expect(NumberFormat.short(0.6224593) == "0.622")
        #expect(NumberFormat.short(0.5) == "0.5")
        #expect(NumberFormat.short(12.345) == "12.3")
        #expect(NumberFormat.short(-0.00031) == "-3.1e-4")
        #expect(NumberFormat.short(.nan) == "NaN")
        #expect(NumberFormat.short(0.005) == "5e-3")
        #expect(NumberFormat.tick(0.01, step: 0.01) == "0.01")
    }
}
