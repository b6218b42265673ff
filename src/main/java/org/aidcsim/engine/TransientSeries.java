package org.aidcsim.engine;

/**
 * The run at output resolution: each row averages the powers over its interval (so energies
 * add up exactly) and samples the storage states at its end. Powers in W; storage positive when
 * discharging. Arrays are owned here and handed out as copies.
 */
public final class TransientSeries {
    /** Columns, in output order. */
    public enum Column {
        LOAD_W, GRID_W, GENERATOR_W, BATTERY_W, SUPERCAP_W, UNSERVED_W, IN_RACK_W, BATTERY_SOC, SUPERCAP_VOLTAGE_V, SOURCE
    }

    private final double outputStepS;
    private final double[][] columns;
    private int rows;

    TransientSeries(double outputStepS, int capacity) {
        this.outputStepS = outputStepS;
        this.columns = new double[Column.values().length][capacity];
    }

    void add(double[] row) {
        for (int c = 0; c < columns.length; c++) {
            columns[c][rows] = row[c];
        }
        rows++;
    }

    public int size() {
        return rows;
    }

    /** Interval between rows (s). */
    public double outputStepS() {
        return outputStepS;
    }

    /** Start of row {@code i} (s). */
    public double timeS(int i) {
        return i * outputStepS;
    }

    public double get(Column c, int i) {
        return columns[c.ordinal()][i];
    }
}
