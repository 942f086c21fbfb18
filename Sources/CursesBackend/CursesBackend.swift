// Placeholder: replaced as the CursesBackend target is built.
