package org.aidcsim.standards;

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
     * @param onsiteHourlyW on-site generation of each hour of the year (W)
     * @param certifiedFraction share of the grid energy certified renewable, in [0, 1]
     */
    public static double ref(double[] facilityW, double stepS, int startHour, double[] onsiteHourlyW, double certifiedFraction) {
        double totalJ = 0;
        double onsiteJ = 0;
        for (int i = 0; i < facilityW.length; i++) {
            int hour = (int) ((startHour + i * stepS / Units.SECONDS_PER_HOUR) % onsiteHourlyW.length);
            totalJ += facilityW[i] * stepS;
            onsiteJ += Math.min(onsiteHourlyW[hour], facilityW[i]) * stepS;
        }
        if (totalJ <= 0) {
            return Double.NaN;
        }
        return (onsiteJ + certifiedFraction * (totalJ - onsiteJ)) / totalJ;
    }
}
