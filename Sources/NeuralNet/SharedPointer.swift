/// A raw pointer captured by a product epilogue, which may run on several
/// threads at once. Sound as `Sendable` only because every epilogue block
/// touches a disjoint part of the memory behind it.
struct SharedPointer<Pointee>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Pointee>

    init(_ base: UnsafeMutablePointer<Pointee>) { self.base = base }
}
