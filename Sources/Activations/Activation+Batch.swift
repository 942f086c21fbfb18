import RealModule

// Plain loops over the scalar code, for the trainer and the plots. The fast,
// vectorised passes live in the Kernels target and are checked against these.
extension Activation {
    /// y[i] = f(x[i]). The buffers must have the same count; they may alias.
    @inlinable
    public func values<T: Real & BinaryFloatingPoint>(_ x: UnsafeBufferPointer<T>, into y: UnsafeMutableBufferPointer<T>) {
        precondition(x.count == y.count, "values(_:into:) needs buffers of equal count")
        for i in 0..<x.count { y[i] = value(x[i]) }
    }

    /// y[i] = f′(x[i]). The buffers must have the same count; they may alias.
    @inlinable
    public func derivatives<T: Real & BinaryFloatingPoint>(_ x: UnsafeBufferPointer<T>, into y: UnsafeMutableBufferPointer<T>) {
        precondition(x.count == y.count, "derivatives(_:into:) needs buffers of equal count")
        for i in 0..<x.count { y[i] = derivative(x[i]) }
    }

    @inlinable
    public func values<T: Real & BinaryFloatingPoint>(_ x: [T]) -> [T] {
        x.map { value($0) }
    }

    @inlinable
    public func derivatives<T: Real & BinaryFloatingPoint>(_ x: [T]) -> [T] {
        x.map { derivative($0) }
    }
}
