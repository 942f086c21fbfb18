/// Work done on a block of C as soon as that block holds its final value,
/// on the thread that computed it, while the block is still in cache: an
/// activation over fresh pre-activations, a derivative multiplied into
/// fresh deltas, a descent step from fresh gradients. Fusing these into the
/// product saves a separate pass over C and runs them on every core.
///
/// The blocks of one product are disjoint and together cover C exactly
/// once. Blocks on different threads run concurrently, so the body must
/// touch only the elements of its block (and read-only shared data).
public struct ProductEpilogue: Sendable {
    private let body: @Sendable (_ rows: Range<Int>, _ columns: Range<Int>) -> Void

    public init(_ body: @escaping @Sendable (_ rows: Range<Int>, _ columns: Range<Int>) -> Void) {
        self.body = body
    }

    /// Runs the epilogue on C[rows, columns].
    public func callAsFunction(rows: Range<Int>, columns: Range<Int>) {
        body(rows, columns)
    }
}
