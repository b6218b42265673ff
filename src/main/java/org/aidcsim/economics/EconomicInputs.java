package org.aidcsim.economics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aidcsim.units.Named;

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
 * @param loadRamp share of the design IT load in each year of the horizon from year 1, the last holding after it;
 *        empty for the full load every year
 * @param siteFigures the grid carbon, electricity and water figures used, each with its source; empty
 *        until the site is known
 */
public record EconomicInputs(String currency, int years, double discountRate, double electricityPerKwh, double waterPerM3,
        double fuelPerL, double maintenanceFractionPerYear, double generatorTestHoursPerYear, double gridCarbonGPerKwh,
        Optional<double[]> hourlyCarbonGPerKwh, UnitCosts unitCosts, double[] loadRamp, List<SiteFigure> siteFigures) {

    public EconomicInputs {
        loadRamp = loadRamp.clone();
        siteFigures = List.copyOf(siteFigures);
    }

    /** The same inputs with the site's grid carbon, electricity and water figures (keys of {@link SiteDefaults#FIGURES}). */
    public EconomicInputs withSiteFigures(List<SiteFigure> figures) {
        double carbon = gridCarbonGPerKwh;
        double electricity = electricityPerKwh;
        double water = waterPerM3;
        for (SiteFigure f : figures) {
            switch (f.key()) {
                case SiteDefaults.CARBON -> carbon = f.value();
                case SiteDefaults.ELECTRICITY -> electricity = f.value();
                case SiteDefaults.WATER -> water = f.value();
                default -> throw new IllegalArgumentException("no site figure " + f.key());
            }
        }
        return new EconomicInputs(currency, years, discountRate, electricity, water, fuelPerL, maintenanceFractionPerYear,
                generatorTestHoursPerYear, carbon, hourlyCarbonGPerKwh, unitCosts, loadRamp, figures);
    }

    /** The share of the design IT load in {@code year} (1-based): the ramp's entry, its last entry after it, 1 without one. */
    public double loadFraction(int year) {
        return loadRamp.length == 0 ? 1.0 : loadRamp[Math.min(year, loadRamp.length) - 1];
    }

    /** True when the load grows over the horizon rather than running at design from year 1. */
    public boolean rampsUp() {
        return loadRamp.length > 0;
    }

    /** The same inputs with hourly grid intensities (g CO₂ per kWh, one per hour of the year). */
    public EconomicInputs withHourlyCarbon(double[] gramsPerKwh) {
        return new EconomicInputs(currency, years, discountRate, electricityPerKwh, waterPerM3, fuelPerL, maintenanceFractionPerYear,
                generatorTestHoursPerYear, gridCarbonGPerKwh, Optional.of(gramsPerKwh.clone()), unitCosts, loadRamp,
                siteFigures.stream().map(f -> f.key().equals(SiteDefaults.CARBON) ? new SiteFigure(f.key(),
                        Arrays.stream(gramsPerKwh).average().orElse(Double.NaN), "economics.grid_carbon_file, hour by hour (the "
                        + "year's mean shown)") : f).toList());
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EconomicInputs} field by field. */
    public static final class Builder {
        private String currency;
        private Integer years;
        private Double discountRate;
        private Double electricityPerKwh;
        private Double waterPerM3;
        private Double fuelPerL;
        private Double maintenanceFractionPerYear;
        private Double generatorTestHoursPerYear;
        private Double gridCarbonGPerKwh;
        private Optional<double[]> hourlyCarbonGPerKwh = Optional.empty();
        private UnitCosts unitCosts;
        private double[] loadRamp = new double[0];

        private Builder() {
        }

        public Builder currency(String value) { currency = value; return this; }
        public Builder years(int value) { years = value; return this; }
        public Builder discountRate(double value) { discountRate = value; return this; }
        public Builder electricityPerKwh(double value) { electricityPerKwh = value; return this; }
        public Builder waterPerM3(double value) { waterPerM3 = value; return this; }
        public Builder fuelPerL(double value) { fuelPerL = value; return this; }
        public Builder maintenanceFractionPerYear(double value) { maintenanceFractionPerYear = value; return this; }
        public Builder generatorTestHoursPerYear(double value) { generatorTestHoursPerYear = value; return this; }
        public Builder gridCarbonGPerKwh(double value) { gridCarbonGPerKwh = value; return this; }
        public Builder hourlyCarbonGPerKwh(Optional<double[]> value) { hourlyCarbonGPerKwh = value; return this; }
        public Builder unitCosts(UnitCosts value) { unitCosts = value; return this; }
        public Builder loadRamp(double[] value) { loadRamp = value; return this; }

        public EconomicInputs build() {
            Named.require("currency", currency != null);
            Named.require("years", years != null);
            Named.require("discountRate", discountRate != null);
            Named.require("electricityPerKwh", electricityPerKwh != null);
            Named.require("waterPerM3", waterPerM3 != null);
            Named.require("fuelPerL", fuelPerL != null);
            Named.require("maintenanceFractionPerYear", maintenanceFractionPerYear != null);
            Named.require("generatorTestHoursPerYear", generatorTestHoursPerYear != null);
            Named.require("gridCarbonGPerKwh", gridCarbonGPerKwh != null);
            Named.require("unitCosts", unitCosts != null);
            return new EconomicInputs(currency, years, discountRate, electricityPerKwh, waterPerM3, fuelPerL,
                    maintenanceFractionPerYear, generatorTestHoursPerYear, gridCarbonGPerKwh, hourlyCarbonGPerKwh,
                    unitCosts, loadRamp, List.of());
        }
    }
}
