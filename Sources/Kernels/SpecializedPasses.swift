/// One out-of-line loop per activation and direction. Each is small enough
/// that the compiler inlines the whole vector body into it; a single
/// function holding every loop exceeds the inliner's budget and leaves the
/// exponentials as calls, several times slower.
enum SpecializedPasses {
    @inline(never)
    static func stepForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.stepValue($0) }
    }

    @inline(never)
    static func stepBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.stepSlope($0) }
    }

    @inline(never)
    static func signForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.signValue($0) }
    }

    @inline(never)
    static func linearForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.linearValue($0) }
    }

    @inline(never)
    static func linearBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.linearSlope($0) }
    }

    @inline(never)
    static func piecewiseLinearForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.piecewiseLinearValue($0) }
    }

    @inline(never)
    static func piecewiseLinearBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.piecewiseLinearSlope($0) }
    }

    @inline(never)
    static func sigmoidForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(input, bias, rows, columns, preactivation, output) { VectorActivation.sigmoidValue($0) }
    }

    @inline(never)
    static func sigmoidBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(delta, count, by: z) { VectorActivation.sigmoidSlope($0) }
    }

    @inline(never)
    static func tanhForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(input, bias, rows, columns, preactivation, output) { VectorActivation.tanhValue($0) }
    }

    @inline(never)
    static func tanhBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(delta, count, by: z) { VectorActivation.tanhSlope($0) }
    }

    @inline(never)
    static func reluForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.reluValue($0) }
    }

    @inline(never)
    static func reluBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.reluSlope($0) }
    }

    @inline(never)
    static func relu6Forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.relu6Value($0) }
    }

    @inline(never)
    static func relu6Backward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.relu6Slope($0) }
    }

    @inline(never)
    static func leakyForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>, slope: Float
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.leakyValue($0, slope: slope) }
    }

    @inline(never)
    static func leakyBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>, slope: Float) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.leakySlope($0, slope: slope) }
    }

    @inline(never)
    static func eluForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>, alpha: Float
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.eluValue($0, alpha: alpha) }
    }

    @inline(never)
    static func eluBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>, alpha: Float) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.eluSlope($0, alpha: alpha) }
    }

    @inline(never)
    static func seluForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.seluValue($0) }
    }

    @inline(never)
    static func seluBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.seluSlope($0) }
    }

    @inline(never)
    static func celuForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>, alpha: Double
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.celuValue($0, alpha: alpha) }
    }

    @inline(never)
    static func celuBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>, alpha: Double) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.celuSlope($0, alpha: alpha) }
    }

    @inline(never)
    static func mishForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(input, bias, rows, columns, preactivation, output) { VectorActivation.mishValue($0) }
    }

    @inline(never)
    static func mishBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(delta, count, by: z) { VectorActivation.mishSlope($0) }
    }

    /// β = 1 apart: its loop then holds no Double path, whose registers
    /// would push the Float constants out to reloads.
    @inline(never)
    static func swishUnitForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(input, bias, rows, columns, preactivation, output) { VectorActivation.swishUnitValue($0) }
    }

    @inline(never)
    static func swishUnitBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(delta, count, by: z) { VectorActivation.swishUnitSlope($0) }
    }

    @inline(never)
    static func swishForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>, beta: Double
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.swishValue($0, beta: beta) }
    }

    @inline(never)
    static func swishBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>, beta: Double) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.swishSlope($0, beta: beta) }
    }

    @inline(never)
    static func geluForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.geluValue($0) }
    }

    @inline(never)
    static func geluBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.geluSlope($0) }
    }

    @inline(never)
    static func geluTanhForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.geluTanhValue($0) }
    }

    @inline(never)
    static func geluTanhBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.geluTanhSlope($0) }
    }

    @inline(never)
    static func softplusForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>, beta: Double
    ) {
        // β = 1 (the usual softplus) gets a loop of its own: with the β
        // branch and its Double arithmetic folded away, log1p inlines.
        if beta == 1 {
            ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.softplusValue($0, beta: 1) }
        } else {
            ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.softplusValue($0, beta: beta) }
        }
    }

    @inline(never)
    static func softplusBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>, beta: Double) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.softplusSlope($0, beta: beta) }
    }

    @inline(never)
    static func softsignForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.softsignValue($0) }
    }

    @inline(never)
    static func softsignBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.softsignSlope($0) }
    }

    @inline(never)
    static func hardSigmoidForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.hardSigmoidValue($0) }
    }

    @inline(never)
    static func hardSigmoidBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.hardSigmoidSlope($0) }
    }

    @inline(never)
    static func hardSwishForward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(input, bias, rows, columns, preactivation, output) { VectorActivation.hardSwishValue($0) }
    }

    @inline(never)
    static func hardSwishBackward(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(delta, count, by: z) { VectorActivation.hardSwishSlope($0) }
    }
}
