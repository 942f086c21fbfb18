// Placeholder: replaced as the Explorer target is built.
