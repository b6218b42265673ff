package org.aidcsim.metrics;

import org.aidcsim.cooling.PlantSide;
import org.aidcsim.metrics.StepSeries.Column;

/** Keeps every step's values for the hourly CSV and charts. */
public final class SeriesRecorder implements StepObserver {
    private final double stepS;
    private final double[] timeS;
    private final double[][] columns;

    /**
     * @param steps steps in the run
     * @param stepS step length (s)
     */
    public SeriesRecorder(int steps, double stepS) {
        int n = steps;
        this.stepS = stepS;
        this.timeS = new double[n];
        this.columns = new double[Column.values().length][n];
    }

    @Override
    public void onStep(StepState s) {
        int k = s.step;
        timeS[k] = s.timeS;
        set(Column.DRY_BULB_C, k, s.dryBulbC);
        set(Column.IT_POWER_W, k, s.itPowerW);
        set(Column.POWER_LOSS_W, k, s.powerLossW);
        set(Column.COOLING_POWER_W, k, s.cooling.totalW());
        set(Column.FANS_W, k, s.cooling.fansW());
        set(Column.PUMPS_W, k, s.cooling.pumpsW());
        set(Column.CHILLERS_W, k, s.cooling.chillersW());
        set(Column.MISC_POWER_W, k, s.miscPowerW);
        set(Column.FACILITY_POWER_W, k, s.facilityPowerW);
        set(Column.HEAT_TO_LIQUID_W, k, s.cooling.heatToLiquidW());
        set(Column.HEAT_TO_AIR_W, k, s.cooling.heatToAirW());
        set(Column.AIR_FREE_COOLING_FRACTION, k, s.cooling.freeFraction(PlantSide.AIR));
        set(Column.LIQUID_FREE_COOLING_FRACTION, k, s.cooling.freeFraction(PlantSide.LIQUID));
        set(Column.WATER_KG_PER_S, k, s.cooling.waterKgPerS());
    }

    private void set(Column c, int k, double v) {
        columns[c.ordinal()][k] = v;
    }

    public StepSeries result() {
        return new StepSeries(stepS, timeS, columns);
    }
}
