/// Whether a matrix operand of a product is used as stored or transposed.
public enum Transpose: Sendable, Hashable {
    /// Use the matrix as stored (row-major).
    case none
    /// Use the transpose of the stored matrix.
    case transposed
}
