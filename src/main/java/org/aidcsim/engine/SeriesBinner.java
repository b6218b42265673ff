package org.aidcsim.engine;

import java.util.Arrays;
import org.aidcsim.engine.TransientSeries.Column;

/**
 * Averages the step's powers over each output interval, weighted by each part's share of a step
 * (whole steps weigh exactly 1, so an unsplit interval is the plain mean), and samples the
 * storage states and the source at the interval's end.
 */
final class SeriesBinner {
    private static final int LOAD = Column.LOAD_W.ordinal();
    private static final int GRID = Column.GRID_W.ordinal();
    private static final int GENERATOR = Column.GENERATOR_W.ordinal();
    private static final int BATTERY = Column.BATTERY_W.ordinal();
    private static final int SUPERCAP = Column.SUPERCAP_W.ordinal();
    private static final int UNSERVED = Column.UNSERVED_W.ordinal();
    private static final int IN_RACK = Column.IN_RACK_W.ordinal();
    private static final int SOC = Column.BATTERY_SOC.ordinal();
    private static final int SUPERCAP_V = Column.SUPERCAP_VOLTAGE_V.ordinal();
    private static final int SOURCE = Column.SOURCE.ordinal();

    private final TransientSeries series;
    private final double[] row = new double[Column.values().length];
    private double weight;

    SeriesBinner(TransientSeries series) {
        this.series = series;
    }

    TransientSeries series() {
        return series;
    }

    /** Adds a part of a step that is {@code share} of a whole step long. */
    void add(double share, double demandW, StorageDispatch s, double inRackW) {
        row[LOAD] += demandW * share;
        row[GRID] += s.gridW * share;
        row[GENERATOR] += s.generatorW * share;
        row[BATTERY] += s.batteryW * share;
        row[SUPERCAP] += s.supercapW * share;
        row[UNSERVED] += s.unservedW * share;
        row[IN_RACK] += inRackW * share;
        weight += share;
    }

    /** Closes the interval: means of the powers, states at its end. */
    void flush(StorageDispatch s, SupplyState state) {
        for (int c = LOAD; c <= IN_RACK; c++) {
            row[c] /= weight;
        }
        row[SOC] = s.battery != null ? s.battery.soc() : Double.NaN;
        row[SUPERCAP_V] = s.supercap != null ? s.supercap.voltageV() : Double.NaN;
        row[SOURCE] = state.ordinal();
        series.add(row);
        Arrays.fill(row, 0.0);
        weight = 0;
    }
}
