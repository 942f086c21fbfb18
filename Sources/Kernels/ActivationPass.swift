/// The loops of the activation passes, 16 floats at a time with a padded
/// final vector, generic over the activation so that each one gets its own
/// specialised loop with its body inlined (the bodies and their helpers are
/// `@inline(always)`: given `@inline(__always)`, a hint, the optimiser left
/// some, the exponentials among them, as calls, several times slower). The
/// entry points, `forward`, `scale` and their paired forms, are out of
/// line: one specialisation per activation and direction. Within a
/// loop the body appears once: the ragged final vector is padded rather
/// than given a second, scalar copy of the body.
enum ActivationPass {
    /// output = f(input + bias), row by row; z is stored if asked for.
    @inline(never)
    static func forward<F: VectorActivationFunction>(
        _ f: F,
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        forwardLoop(f, input, bias, rows, columns, preactivation, output)
    }

    /// delta *= f′(z).
    @inline(never)
    static func scale<F: VectorActivationFunction>(
        _ f: F, _ delta: UnsafeMutablePointer<Float>, _ count: Int, by z: UnsafePointer<Float>
    ) {
        scaleLoop(f, delta, count, by: z)
    }

    @inline(__always)
    private static func forwardLoop<F: VectorActivationFunction>(
        _ f: F,
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
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
                let y = f.checkedValue(z)
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

    @inline(__always)
    private static func scaleLoop<F: VectorActivationFunction>(
        _ f: F, _ delta: UnsafeMutablePointer<Float>, _ count: Int, by z: UnsafePointer<Float>
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
            let slope = f.checkedSlope(zs)
            if lanes == 16 {
                let target = UnsafeMutableRawPointer(delta + j)
                target.storeBytes(of: target.loadUnaligned(as: FloatVector.self) * slope, as: FloatVector.self)
            } else {
                for lane in 0..<lanes { delta[j + lane] *= slope[lane] }
            }
            j += 16
        }
    }

    /// `forwardLoop` with a plain, two-vector loop for the common call (no
    /// bias, no stored pre-activation): the general loop's per-vector checks
    /// and pointer bookkeeping cost as much as a short activation, and two
    /// independent vectors per iteration give the divider and the FMA
    /// ports more to overlap. Only for short bodies, since f is inlined
    /// four times over (the pair, the ragged end, the biased case).
    @inline(never)
    static func forwardPaired<F: PairedForwardActivationFunction>(
        _ f: F,
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        guard bias == nil, preactivation == nil else {
            forwardLoop(f, input, bias, rows, columns, preactivation, output)
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
            target.storeBytes(of: f.checkedValue(a), toByteOffset: offset, as: FloatVector.self)
            target.storeBytes(of: f.checkedValue(b), toByteOffset: offset + 64, as: FloatVector.self)
            offset += 128
        }
        let done = count & ~31
        if done < count {
            forwardLoop(f, input + done, nil, 1, count - done, nil, output + done)
        }
    }

    /// `scaleLoop` with the same two-vector loop.
    @inline(never)
    static func scalePaired<F: PairedVectorActivationFunction>(
        _ f: F, _ delta: UnsafeMutablePointer<Float>, _ count: Int, by z: UnsafePointer<Float>
    ) {
        let source = UnsafeRawPointer(z), target = UnsafeMutableRawPointer(delta)
        var offset = 0
        let end = (count & ~31) * MemoryLayout<Float>.stride
        while offset < end {
            let a = source.loadUnaligned(fromByteOffset: offset, as: FloatVector.self)
            let b = source.loadUnaligned(fromByteOffset: offset + 64, as: FloatVector.self)
            let sa = f.checkedSlope(a), sb = f.checkedSlope(b)
            let da = target.loadUnaligned(fromByteOffset: offset, as: FloatVector.self)
            let db = target.loadUnaligned(fromByteOffset: offset + 64, as: FloatVector.self)
            target.storeBytes(of: da * sa, toByteOffset: offset, as: FloatVector.self)
            target.storeBytes(of: db * sb, toByteOffset: offset + 64, as: FloatVector.self)
            offset += 128
        }
        let done = count & ~31
        if done < count {
            scaleLoop(f, delta + done, count - done, by: z + done)
        }
    }
}
