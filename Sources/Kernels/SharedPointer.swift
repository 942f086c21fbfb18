/// A raw pointer handed to code on several threads at once: a packed
/// operand every worker reads, a buffer a product epilogue writes. Sound as
/// `Sendable` only because the threads read it, or each touches a disjoint
/// part of the memory behind it.
public struct SharedPointer<Pointee>: @unchecked Sendable {
    public let base: UnsafeMutablePointer<Pointee>

    public init(_ base: UnsafeMutablePointer<Pointee>) { self.base = base }
}
