package org.aidcsim.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CAPEX, yearly OPEX, TCO and operational carbon of one run.
 *
 * @param capex capital cost by component
 * @param opexPerYear yearly operating cost by item
 * @param tco CAPEX + discounted OPEX over the horizon
 * @param carbonTonnesPerYear operational CO₂ (t per year)
 * @param currency label
 */
public record Economics(Map<String, Double> capex, Map<String, Double> opexPerYear, double tco, double carbonTonnesPerYear,
        String currency) {
    public Economics {
        capex = Collections.unmodifiableMap(new LinkedHashMap<>(capex));
        opexPerYear = Collections.unmodifiableMap(new LinkedHashMap<>(opexPerYear));
    }

    public double capexTotal() {
        return capex.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double opexTotalPerYear() {
        return opexPerYear.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
