// Placeholder: replaced as the Kernels target is built.
