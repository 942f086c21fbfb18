import Foundation
import Testing
@testable import TermPlot

@Suite struct ShadedRegionTests {
    static let xs = (0...1200).map { -6 + Double($0) * 0.01 }

    @Test func classifiedSamplesBecomeRegionsWithEdgesHalfwayBetween() {
        let xs: [Double] = [0, 1, 2, 3, 4, 5, 6]
        let kinds: [ShadedRegion.Kind?] = [.dead, .saturated, .dead, nil, nil, .saturated, .saturated]
        let regions = ShadedRegion.regions(xs: xs, kinds: kinds)
        #expect(regions.map(\.kind) == [.dead, .saturated, .dead, .saturated])
        #expect(regions.map(\.lowerX) == [0, 0.5, 1.5, 4.5])
        #expect(regions.map(\.upperX) == [0.5, 1.5, 2.5, 6])
    }

    @Test func reluIsDeadLeftOfZero() {
        let kinds: [ShadedRegion.Kind?] = Self.xs.map { $0 > 0 ? nil : .dead }
        let regions = ShadedRegion.regions(xs: Self.xs, kinds: kinds)
        #expect(regions.count == 1)
        #expect(regions[0].kind == .dead)
        #expect(regions[0].lowerX == -6)
        #expect(abs(regions[0].upperX - 0.005) < 1e-9)
    }

    @Test func nonFiniteSamplesSplitRuns() {
        let regions = ShadedRegion.regions(xs: [0, 1, .nan, 3], kinds: [.dead, .dead, .dead, .dead])
        #expect(regions.map(\.lowerX) == [0, 3])
        #expect(regions.map(\.upperX) == [1, 3])
    }

    @Test func oneKindEverywhereAndNothing() {
        let regions = ShadedRegion.regions(xs: [-1, 0, 1], kinds: [.dead, .dead, .dead])
        #expect(regions == [ShadedRegion(lowerX: -1, upperX: 1, kind: .dead)])
        #expect(ShadedRegion.regions(xs: [], kinds: []).isEmpty)
        #expect(ShadedRegion.regions(xs: [0, 1], kinds: [nil, nil]).isEmpty)
    }
}
