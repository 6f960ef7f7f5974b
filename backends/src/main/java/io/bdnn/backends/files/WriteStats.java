package io.bdnn.backends.files;

/**
 * What writing one model file did.
 *
 * @param bytes                 bytes written (before compression)
 * @param roundedValues         numbers that could not be written exactly (only fixed MPS rounds
 *                              to its 12-character fields; a ranged row whose range cannot be
 *                              expressed exactly also counts)
 * @param largestRelativeChange the largest relative change among them, 0 when none
 */
public record WriteStats(long bytes, long roundedValues, double largestRelativeChange) {
}
