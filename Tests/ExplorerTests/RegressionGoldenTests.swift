import ExplorerRuntime
import Activations
import Datasets
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Regression fits as whole screens, on the reference kernels with one
/// thread (as `GoldenScreenTests`), so the numbers repeat.
@Suite struct RegressionGoldenTests {
    func screen(_ activation: ActivationKind, dataset: DatasetSpec, steps: Int) throws -> String {
        var options = ExplorerOptions(activation: activation, dataset: dataset, showsTiming: false)
        options.showsTiming = false
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.send(.costs(GoldenScreenTests.costs))
        try d.train(steps: steps)
        return d.render(width: 120, height: 40).plainText()
    }

    /// ReLU's fit of |x| is piecewise linear, with the kink; tanh's is
    /// smooth and, at the same step, still on its way.
    @Test func absoluteValueFitByReLUAndTanh() throws {
        Golden.check(try screen(.relu, dataset: .synthetic(.abs), steps: 250), named: "regression-abs-relu-120x40.txt")
        Golden.check(try screen(.tanh, dataset: .synthetic(.abs), steps: 250), named: "regression-abs-tanh-120x40.txt")
    }

    @Test func multiGaussianPredictionMap() throws {
        Golden.check(try screen(.relu, dataset: .synthetic(.multigauss), steps: 200), named: "regression-multigauss-120x40.txt")
    }
}
