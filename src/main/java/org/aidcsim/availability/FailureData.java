package org.aidcsim.availability;

/**
 * Failure and repair of one component type.
 *
 * @param failuresPerYear constant failure rate λ (1/year)
 * @param repairHours mean time to repair (h), exponential
 * @param source where the figures come from
 */
public record FailureData(double failuresPerYear, double repairHours, String source) {
    public FailureData {
        if (!(failuresPerYear >= 0 && repairHours > 0)) {
            throw new IllegalArgumentException("failure rate must be ≥ 0 and repair time > 0");
        }
    }

    /** Steady-state availability MTBF / (MTBF + MTTR). */
    public double availability() {
        double mtbfH = failuresPerYear > 0 ? 8760.0 / failuresPerYear : Double.POSITIVE_INFINITY;
        return Double.isInfinite(mtbfH) ? 1.0 : mtbfH / (mtbfH + repairHours);
    }
}
