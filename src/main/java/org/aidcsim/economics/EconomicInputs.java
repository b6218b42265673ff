package org.aidcsim.economics;

import java.util.Optional;

/**
 * Prices and the finance of a scenario.
 *
 * @param currency label, e.g. USD
 * @param years TCO horizon (years)
 * @param discountRate yearly discount rate, fraction
 * @param electricityPerKwh electricity price per kWh
 * @param waterPerM3 water price per m³
 * @param fuelPerL diesel price per litre
 * @param maintenanceFractionPerYear yearly maintenance as a share of CAPEX
 * @param generatorTestHoursPerYear hours the generators run loaded each year for tests
 * @param gridCarbonGPerKwh constant grid intensity (g CO₂ per kWh)
 * @param hourlyCarbonGPerKwh hourly intensities for hours of the year, when given
 * @param unitCosts capital unit costs
 */
public record EconomicInputs(String currency, int years, double discountRate, double electricityPerKwh, double waterPerM3,
        double fuelPerL, double maintenanceFractionPerYear, double generatorTestHoursPerYear, double gridCarbonGPerKwh,
        Optional<double[]> hourlyCarbonGPerKwh, UnitCosts unitCosts) {
}
