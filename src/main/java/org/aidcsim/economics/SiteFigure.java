package org.aidcsim.economics;

/**
 * One of the site's grid and water figures as the run uses it, and where it comes from.
 *
 * @param key the economics field it fills: grid_carbon_g_per_kwh, electricity_price_per_kwh, water_price_per_m3
 * @param value the figure, in that field's unit
 * @param source "the scenario file", the shipped table's row with its source and year, or the world assumption
 */
public record SiteFigure(String key, double value, String source) {
}
