import Foundation
import Testing
@testable import TermPlot

@Suite struct ShadedRegionTests {
    static let xs = (0...1200).map { -6 + Double($0) * 0.01 }

    @Test func sigmoidSaturatesBeyondTheTenPercentSlope() {
        let sigmoid = { (x: Double) in 1 / (1 + exp(-x)) }
        let derivative = Self.xs.map { sigmoid($0) * (1 - sigmoid($0)) }
        let regions = ShadedRegion.regions(xs: Self.xs, derivatives: derivative, saturationFraction: 0.1)
        #expect(regions.count == 2)
        #expect(regions.allSatisfy { $0.kind == .saturated })
        // σ′ = 0.1·σ′(0) = 0.025 where σ = (1 − √0.9)/2.
        let s = (1 - sqrt(0.9)) / 2
        let edge = log(s / (1 - s))
        #expect(regions[0].lowerX == -6)
        #expect(abs(regions[0].upperX - edge) < 0.01)
        #expect(abs(regions[1].lowerX + edge) < 0.01)
        #expect(regions[1].upperX == 6)
    }

    @Test func reluIsDeadLeftOfZero() {
        let derivative = Self.xs.map { $0 > 0 ? 1.0 : 0.0 }
        let regions = ShadedRegion.regions(xs: Self.xs, derivatives: derivative, saturationFraction: 0.1)
        #expect(regions.count == 1)
        #expect(regions[0].kind == .dead)
        #expect(regions[0].lowerX == -6)
        #expect(abs(regions[0].upperX - 0.005) < 1e-9)
    }

    @Test func deadTakesPrecedenceAndRunsSplit() {
        let xs: [Double] = [0, 1, 2, 3, 4, 5, 6]
        let d: [Double] = [0, 0.01, 0, 1, 2, .nan, 0.05]
        let regions = ShadedRegion.regions(xs: xs, derivatives: d, saturationFraction: 0.1)
        #expect(regions.map(\.kind) == [.dead, .saturated, .dead, .saturated])
        #expect(regions.map(\.lowerX) == [0, 0.5, 1.5, 5.5])
        #expect(regions.map(\.upperX) == [0.5, 1.5, 2.5, 6])
    }

    @Test func flatDerivativeIsDeadEverywhere() {
        let regions = ShadedRegion.regions(xs: [-1, 0, 1], derivatives: [0, 0, 0], saturationFraction: 0.1)
        #expect(regions == [ShadedRegion(lowerX: -1, upperX: 1, kind: .dead)])
        #expect(ShadedRegion.regions(xs: [], derivatives: [], saturationFraction: 0.1).isEmpty)
    }

    @Test func negativeSlopesCountByMagnitude() {
        let regions = ShadedRegion.regions(xs: [0, 1, 2], derivatives: [-1, -0.05, 0.5], saturationFraction: 0.1)
        #expect(regions.map(\.kind) == [.saturated])
        #expect(regions.first?.lowerX == 0.5)
    }
}
