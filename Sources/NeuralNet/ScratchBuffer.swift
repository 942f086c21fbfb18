/// A fixed block of memory for intermediate values. A class so the hot loop
/// can hand out raw pointers without copy-on-write checks; it holds scratch
/// only, never state that must survive a copy of the trainer. Sendable
/// because an owner replaces a shared buffer before writing (see `Trainer`).
final class ScratchBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, zero: Element) {
        self.count = count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: zero, count: Swift.max(count, 1))
    }

    deinit {
        pointer.deallocate()
    }

    func fill(_ value: Element) {
        pointer.update(repeating: value, count: count)
    }
}
