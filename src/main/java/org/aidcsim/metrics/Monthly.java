package org.aidcsim.metrics;

import org.aidcsim.metrics.StepSeries.Column;
import org.aidcsim.units.Units;

/** Month-by-month totals of a run (a 365-day calendar: TMY years have no 29 February). */
public final class Monthly {
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    public static final String[] NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private Monthly() {
    }

    /** Month index 0..11 of a time (s from 1 January 00:00), wrapping every 365 days. */
    public static int monthOf(double timeS) {
        int day = (int) Math.floor(timeS / Units.SECONDS_PER_DAY) % 365;
        int m = 0;
        while (day >= DAYS[m]) {
            day -= DAYS[m];
            m++;
        }
        return m;
    }

    /** Energy of a power column in each month (J); months outside the run stay 0. */
    public static double[] energyJ(StepSeries s, Column powerColumn) {
        double[] out = new double[12];
        for (int i = 0; i < s.size(); i++) {
            out[monthOf(s.startTimeS(i))] += s.get(powerColumn, i) * s.stepS();
        }
        return out;
    }

    /** PUE of each month; NaN for months without IT energy. */
    public static double[] pue(StepSeries s) {
        double[] it = energyJ(s, Column.IT_POWER_W);
        double[] facility = energyJ(s, Column.FACILITY_POWER_W);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = it[m] > 0 ? facility[m] / it[m] : Double.NaN;
        }
        return out;
    }
}
