package org.aidcsim.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CAPEX, yearly OPEX, TCO and operational carbon of one run.
 *
 * @param capex capital cost by component
 * @param opexPerYear yearly operating cost by item
 * @param tco CAPEX + discounted OPEX over the horizon
 * @param carbonTonnesPerYear operational CO₂ (t per year)
 * @param currency label
 * @param years each year of the horizon: its load, energy, OPEX and carbon
 * @param rampsUp true when the load grows over the horizon (the years differ)
 * @param discountRate the yearly rate the TCO discounts at, fraction
 */
public record Economics(Map<String, Double> capex, Map<String, Double> opexPerYear, double tco, double carbonTonnesPerYear,
        String currency, List<YearCost> years, boolean rampsUp, double discountRate) {
    public Economics {
        capex = Collections.unmodifiableMap(new LinkedHashMap<>(capex));
        opexPerYear = Collections.unmodifiableMap(new LinkedHashMap<>(opexPerYear));
        years = List.copyOf(years);
    }

    /** IT energy over the whole horizon (J). */
    public double horizonItEnergyJ() {
        return years.stream().mapToDouble(YearCost::itEnergyJ).sum();
    }

    /**
     * IT energy of each year discounted as the TCO discounts its cost, Σ_y E_y / (1 + r)^y (J): the
     * denominator of a levelized cost, so that cost and energy are valued at the same time.
     */
    public double discountedItEnergyJ() {
        double sum = 0;
        for (YearCost y : years) {
            sum += y.itEnergyJ() / Math.pow(1 + discountRate, y.year());
        }
        return sum;
    }

    /** CAPEX plus every year's OPEX, none discounted (currency). */
    public double undiscountedCost() {
        return capexTotal() + years.stream().mapToDouble(YearCost::opex).sum();
    }

    /** Facility energy over the horizon / IT energy over the horizon. */
    public double horizonPue() {
        double it = horizonItEnergyJ();
        return it > 0 ? years.stream().mapToDouble(YearCost::facilityEnergyJ).sum() / it : Double.NaN;
    }

    public double capexTotal() {
        return capex.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double opexTotalPerYear() {
        return opexPerYear.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
