package org.sitrep.eval;

/** Precision, recall and F1 computed from counts, as the reference scorer's {@code prf}. */
public record Prf(double p, double r, double f1) {
    /** From true positives, false positives and false negatives (0 when undefined). */
    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }

    static Prf of(int[] counts) { return of(counts[0], counts[1], counts[2]); }
}
