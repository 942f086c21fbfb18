/// Which kernels a network runs on. Both compute the same function; the
/// reference path exists so tests can pin the fast one against it.
public enum ComputePath: Sendable, Hashable {
    /// The blocked, multi-threaded matrix product and vectorised passes.
    case fast
    /// The triple-loop product and scalar activation calls.
    case reference
}
