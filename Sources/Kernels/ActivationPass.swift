/// The loops of the activation passes, 16 floats at a time with a padded
/// final vector, generic over the per-vector function so each activation
/// gets its own inlined, specialised loop. The function is called from one
/// place only: a second inlined copy for the tail would double the code the
/// inliner weighs and push the longer bodies (softplus) out of line.
enum ActivationPass {
    /// output = f(input + bias), row by row; z is stored if asked for.
    @inline(__always)
    static func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>,
        _ f: (FloatVector) -> FloatVector
    ) {
        // Without a bias the rows are one contiguous run.
        let (runs, length) = bias == nil ? (1, rows * columns) : (rows, columns)
        for run in 0..<runs {
            let offset = run * length
            var j = 0
            while j < length {
                let lanes = min(16, length - j)
                var z: FloatVector
                if lanes == 16 {
                    z = UnsafeRawPointer(input + offset + j).loadUnaligned(as: FloatVector.self)
                    if let bias {
                        z += UnsafeRawPointer(bias + j).loadUnaligned(as: FloatVector.self)
                    }
                } else {
                    z = FloatVector()
                    for lane in 0..<lanes {
                        // No "+ 0" without a bias: it would turn −0 into +0.
                        let x = input[offset + j + lane]
                        z[lane] = bias.map { x + $0[j + lane] } ?? x
                    }
                }
                let y = f(z)
                if lanes == 16 {
                    if let preactivation {
                        UnsafeMutableRawPointer(preactivation + offset + j).storeBytes(of: z, as: FloatVector.self)
                    }
                    UnsafeMutableRawPointer(output + offset + j).storeBytes(of: y, as: FloatVector.self)
                } else {
                    for lane in 0..<lanes {
                        preactivation?[offset + j + lane] = z[lane]
                        output[offset + j + lane] = y[lane]
                    }
                }
                j += 16
            }
        }
    }

    /// delta *= f′(z).
    @inline(__always)
    static func scale(
        _ delta: UnsafeMutablePointer<Float>, _ count: Int, by z: UnsafePointer<Float>,
        _ derivative: (FloatVector) -> FloatVector
    ) {
        var j = 0
        while j < count {
            let lanes = min(16, count - j)
            var zs: FloatVector
            if lanes == 16 {
                zs = UnsafeRawPointer(z + j).loadUnaligned(as: FloatVector.self)
            } else {
                zs = FloatVector()
                for lane in 0..<lanes { zs[lane] = z[j + lane] }
            }
            let slope = derivative(zs)
            if lanes == 16 {
                let target = UnsafeMutableRawPointer(delta + j)
                target.storeBytes(of: target.loadUnaligned(as: FloatVector.self) * slope, as: FloatVector.self)
            } else {
                for lane in 0..<lanes { delta[j + lane] *= slope[lane] }
            }
            j += 16
        }
    }
}

extension ActivationPass {
    /// `forward` with a plain, two-vector loop for the common call (no bias,
    /// no stored pre-activation): the general loop's per-vector checks and
    /// pointer bookkeeping cost as much as a short activation, and two
    /// independent vectors per iteration give the divider and the FMA
    /// ports more to overlap. Only for short bodies, since f is inlined
    /// four times over (the pair, the ragged end, the biased case).
    @inline(__always)
    static func forwardPaired(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>,
        _ f: (FloatVector) -> FloatVector
    ) {
        guard bias == nil, preactivation == nil else {
            forward(input, bias, rows, columns, preactivation, output, f)
            return
        }
        let count = rows * columns
        let source = UnsafeRawPointer(input), target = UnsafeMutableRawPointer(output)
        var offset = 0
        let end = (count & ~31) * MemoryLayout<Float>.stride
        while offset < end {
            // Both loads before either store: the output may alias the input.
            let a = source.loadUnaligned(fromByteOffset: offset, as: FloatVector.self)
            let b = source.loadUnaligned(fromByteOffset: offset + 64, as: FloatVector.self)
            target.storeBytes(of: f(a), toByteOffset: offset, as: FloatVector.self)
            target.storeBytes(of: f(b), toByteOffset: offset + 64, as: FloatVector.self)
            offset += 128
        }
        let done = count & ~31
        if done < count {
            forward(input + done, nil, 1, count - done, nil, output + done, f)
        }
    }

    /// `scale` with the same two-vector loop.
    @inline(__always)
    static func scalePaired(
        _ delta: UnsafeMutablePointer<Float>, _ count: Int, by z: UnsafePointer<Float>,
        _ derivative: (FloatVector) -> FloatVector
    ) {
        let source = UnsafeRawPointer(z), target = UnsafeMutableRawPointer(delta)
        var offset = 0
        let end = (count & ~31) * MemoryLayout<Float>.stride
        while offset < end {
            let a = source.loadUnaligned(fromByteOffset: offset, as: FloatVector.self)
            let b = source.loadUnaligned(fromByteOffset: offset + 64, as: FloatVector.self)
            let sa = derivative(a), sb = derivative(b)
            let da = target.loadUnaligned(fromByteOffset: offset, as: FloatVector.self)
            let db = target.loadUnaligned(fromByteOffset: offset + 64, as: FloatVector.self)
            target.storeBytes(of: da * sa, toByteOffset: offset, as: FloatVector.self)
            target.storeBytes(of: db * sb, toByteOffset: offset + 64, as: FloatVector.self)
            offset += 128
        }
        let done = count & ~31
        if done < count {
            scale(delta + done, count - done, by: z + done, derivative)
        }
    }
}
