package org.aidcsim.economics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.schema.CsvFields;

/**
 * The grid carbon intensity, electricity price and water price a site pays when the scenario does
 * not say: a region's row (US state, Chinese province) of the shipped table, else its country's,
 * else a world assumption. Every row names its source and year (site-defaults.csv beside this class).
 */
public final class SiteDefaults {
    public static final String CARBON = "grid_carbon_g_per_kwh";
    public static final String ELECTRICITY = "electricity_price_per_kwh";
    public static final String WATER = "water_price_per_m3";
    /** The figures the table gives, in the order reports list them. */
    public static final List<String> FIGURES = List.of(CARBON, ELECTRICITY, WATER);
    /** The table's currency: a scenario priced in another one gives its own prices. */
    public static final String CURRENCY = "USD";

    /** World assumptions where no row fits: a world-average grid, a large industrial tariff, supply and discharge of water. */
    public static final double WORLD_CARBON_G_PER_KWH = 450.0;
    public static final double WORLD_ELECTRICITY_USD_PER_KWH = 0.08;
    public static final double WORLD_WATER_USD_PER_M3 = 3.0;
    private static final String WORLD_SOURCE = "assumption: no figure for this site in the shipped table";

    private record Row(String country, String region, String figure, double value, String year, String source) {
    }

    private static final List<Row> ROWS = load();

    private SiteDefaults() {
    }

    /** The figure {@code key} at {@code site}: its region's, its country's, or the world assumption. */
    public static SiteFigure of(String key, Jurisdiction site) {
        Optional<Row> row = site.country().flatMap(c -> site.region().flatMap(r -> find(key, c, r))
                .or(() -> find(key, c, "")));
        return row.map(r -> new SiteFigure(key, r.value(), r.year() + " figure for " + r.country()
                        + (r.region().isEmpty() ? "" : ", " + r.region()) + ": " + r.source()))
                .orElseGet(() -> new SiteFigure(key, world(key), WORLD_SOURCE));
    }

    /** True when the table has a row for {@code region} of {@code country} (case ignored). */
    public static boolean knowsRegion(String country, String region) {
        return ROWS.stream().anyMatch(r -> r.country().equals(country) && r.region().equalsIgnoreCase(region));
    }

    /** True when {@code f} is the world assumption rather than a row of the table. */
    public static boolean isWorldAssumption(SiteFigure f) {
        return f.source().equals(WORLD_SOURCE);
    }

    /** The unit of figure {@code key} in the table's currency: "g CO₂/kWh", "USD/kWh", "USD/m³". */
    public static String unit(String key, String currency) {
        return switch (key) {
            case CARBON -> "g CO₂/kWh";
            case ELECTRICITY -> currency + "/kWh";
            case WATER -> currency + "/m³";
            default -> "";
        };
    }

    private static double world(String key) {
        return switch (key) {
            case CARBON -> WORLD_CARBON_G_PER_KWH;
            case ELECTRICITY -> WORLD_ELECTRICITY_USD_PER_KWH;
            case WATER -> WORLD_WATER_USD_PER_M3;
            default -> throw new IllegalArgumentException("no site figure " + key);
        };
    }

    private static Optional<Row> find(String key, String country, String region) {
        return ROWS.stream().filter(r -> r.figure().equals(key) && r.country().equals(country)
                && r.region().toLowerCase(Locale.ROOT).equals(region.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static List<Row> load() {
        return CsvFields.resourceTable(SiteDefaults.class, "site-defaults.csv").stream()
                .map(f -> new Row(f[0], f[1], f[2], Double.parseDouble(f[3]), f[4], f[5])).toList();
    }
}
