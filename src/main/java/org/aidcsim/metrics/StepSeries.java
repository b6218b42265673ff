package org.aidcsim.metrics;

/**
 * Per-step values of a run, in column arrays (powers in W, temperatures in °C). Arrays are owned by
 * this object and never handed out, so it stays immutable once built.
 */
public final class StepSeries {
    /** The columns, in output order. */
    public enum Column {
        DRY_BULB_C, IT_POWER_W, POWER_LOSS_W, COOLING_POWER_W, FANS_W, PUMPS_W, CHILLERS_W, MISC_POWER_W,
        FACILITY_POWER_W, HEAT_TO_LIQUID_W, HEAT_TO_AIR_W, AIR_FREE_COOLING_FRACTION, LIQUID_FREE_COOLING_FRACTION,
        WATER_KG_PER_S
    }

    private final double stepS;
    private final double[] timeS;
    private final double[][] columns;

    public StepSeries(double stepS, double[] timeS, double[][] columns) {
        if (columns.length != Column.values().length) {
            throw new IllegalArgumentException("expected " + Column.values().length + " columns");
        }
        this.stepS = stepS;
        this.timeS = timeS.clone();
        this.columns = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != timeS.length) {
                throw new IllegalArgumentException("column " + Column.values()[c] + " has the wrong length");
            }
            this.columns[c] = columns[c].clone();
        }
    }

    public int size() {
        return timeS.length;
    }

    /** Step length (s). */
    public double stepS() {
        return stepS;
    }

    /** Start of step {@code i}, seconds from 1 January 00:00 (s). */
    public double startTimeS(int i) {
        return timeS[i] - stepS / 2;
    }

    public double get(Column column, int i) {
        return columns[column.ordinal()][i];
    }
}
