/// One thread's packing buffers for `MatrixMultiplier`, allocated once and
/// grown only when a larger shape arrives, so steady-state training steps
/// allocate nothing. 64-byte aligned: one cache line, one AVX-512 vector.
final class Workspace {
    private(set) var packedA: UnsafeMutablePointer<Float>
    private(set) var packedB: UnsafeMutablePointer<Float>
    let tile: UnsafeMutablePointer<Float>
    private var capacityA = 0
    private var capacityB = 0

    init() {
        packedA = Self.allocate(0)
        packedB = Self.allocate(0)
        tile = Self.allocate(MicroKernel.rows * MicroKernel.columns)
    }

    /// Grows the buffers to hold at least the given counts of floats.
    func reserve(packedA countA: Int, packedB countB: Int) {
        if countA > capacityA {
            UnsafeMutableRawPointer(packedA).deallocate()
            packedA = Self.allocate(countA)
            capacityA = countA
        }
        if countB > capacityB {
            UnsafeMutableRawPointer(packedB).deallocate()
            packedB = Self.allocate(countB)
            capacityB = countB
        }
    }

    func deallocate() {
        UnsafeMutableRawPointer(packedA).deallocate()
        UnsafeMutableRawPointer(packedB).deallocate()
        UnsafeMutableRawPointer(tile).deallocate()
    }

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
        UnsafeMutableRawPointer.allocate(byteCount: max(count, 16) * MemoryLayout<Float>.stride, alignment: 64)
            .bindMemory(to: Float.self, capacity: max(count, 16))
    }
}
