// The reference kernels and the `Transpose` they share with the fast ones
// are in their own target, built with bounds checks; re-exported so that
// `import Kernels` still brings the whole product API, reference included.
@_exported import KernelReference
