extension SIMD where Scalar: FloatingPoint {
    /// self += a·b. A fused multiply-add when the build targets a CPU with
    /// FMA (the default, `-target-cpu native`); in the portable build
    /// (`ACTVIEW_PORTABLE=1`) a separate multiply and add, because there
    /// `addProduct` becomes one libm `fma` call per lane, some fifty times
    /// slower than the two instructions.
    @inline(__always)
    mutating func accumulateProduct(_ a: Self, _ b: Self) {
        #if ACTVIEW_PORTABLE
        self += a * b
        #else
        addProduct(a, b)
        #endif
    }
}
