package io.bdnn.training;

/**
 * The exact forward pass compared with what the MILP claims.
 *
 * @param matches               whether the forward-pass training loss equals the MILP objective
 *                              (within 1e-6); activations that differ
 *                              without changing the loss are counted and named, not hidden
 * @param milpObjective         the solver's objective value (the claimed training loss)
 * @param forwardLoss           the training loss by exact forward pass
 * @param activationMismatches  how many (layer, neuron, sample) activations differ
 * @param integralityViolation  largest distance of a rounded integer weight or bias from the solver's value
 * @param message               a sentence for the user; names the first mismatching activation
 */
public record ForwardCheck(boolean matches, double milpObjective, double forwardLoss, long activationMismatches,
                           double integralityViolation, String message) {
}
