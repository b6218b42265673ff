package org.aidcsim.economics;

/**
 * What one year of the horizon costs and emits, for a load that grows into the hall.
 *
 * @param year 1-based
 * @param loadFraction share of the design IT load
 * @param itEnergyJ IT energy of the year (J)
 * @param facilityEnergyJ facility energy of the year (J)
 * @param opex operating cost of the year, undiscounted (currency)
 * @param carbonTonnes operational CO₂ of the year (t)
 */
public record YearCost(int year, double loadFraction, double itEnergyJ, double facilityEnergyJ, double opex, double carbonTonnes) {
    /** PUE of the year. */
    public double pue() {
        return itEnergyJ > 0 ? facilityEnergyJ / itEnergyJ : Double.NaN;
    }
}
