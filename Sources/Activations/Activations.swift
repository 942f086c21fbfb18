// Placeholder: replaced as the Activations target is built.
