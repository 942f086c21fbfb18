// Placeholder: replaced as the NeuralNet target is built.
