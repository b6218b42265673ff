package org.aidcsim.standards;

import java.util.Arrays;
import org.aidcsim.units.Units;

/**
 * The renewable energy factor of ISO/IEC 30134-3: renewable energy / total facility energy. Two
 * sources count: on-site generation, as far as the site uses it in each step (min(generation,
 * facility power); what it exports is not the data center's consumption), and the certified share
 * (guarantees of origin, power purchase agreements) of the energy drawn from the grid.
 */
public final class RenewableShare {
    private RenewableShare() {
    }

    /**
     * @param facilityW facility power of each step (W)
     * @param stepS step length (s)
     * @param startHour hour of the year the run starts at
     * @param onsiteHourlyW on-site generation of each hour of the year (W); all zero without
     * @param certifiedHourly share of the grid energy certified renewable in each hour of the year, in [0, 1]
     */
    public static double ref(double[] facilityW, double stepS, int startHour, double[] onsiteHourlyW, double[] certifiedHourly) {
        double totalJ = 0;
        double renewableJ = 0;
        for (int i = 0; i < facilityW.length; i++) {
            int hour = (int) ((startHour + i * stepS / Units.SECONDS_PER_HOUR) % HOURS_PER_YEAR);
            double onsiteW = Math.min(onsiteHourlyW[hour], facilityW[i]);
            totalJ += facilityW[i] * stepS;
            renewableJ += (onsiteW + certifiedHourly[hour] * (facilityW[i] - onsiteW)) * stepS;
        }
        return totalJ > 0 ? renewableJ / totalJ : Double.NaN;
    }

    /** A year of one value per hour. */
    public static double[] constant(double value) {
        double[] v = new double[HOURS_PER_YEAR];
        Arrays.fill(v, value);
        return v;
    }

    private static final int HOURS_PER_YEAR = 8760;
}
