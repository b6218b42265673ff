package org.aidcsim.units;

/**
 * The unit a figure is reported in, and the factor from the SI value the core computes. Machine
 * outputs (summary.json, CSV) carry the report-unit value with every significant digit; tables and
 * charts round it for people.
 */
public enum ReportUnit {
    /** A ratio such as PUE (dimensionless). */
    RATIO("", 1.0),
    /** A fraction in [0, 1]; machine outputs keep the fraction, people see a percentage. */
    FRACTION("", 1.0),
    /** Energy: J → MWh. */
    MWH("MWh", 1 / 3.6e9),
    /** Power: W → kW. */
    KW("kW", 1e-3),
    /** Volume (m³). */
    M3("m³", 1.0),
    /** Pressure: kilopascals. */
    KPA("kPa", 1e-3),
    /** Mass per energy: kg per kWh (= t per MWh). */
    KG_PER_KWH("kg/kWh", 1.0),
    /** Temperature difference: kelvins. */
    KELVIN("K", 1.0),
    /** Length: millimetres. */
    MM("mm", 1e3),
    /** Water per IT energy: L/kWh, computed as such. */
    L_PER_KWH("L/kWh", 1.0),
    /** Duration: s → h. */
    HOURS("h", 1 / Units.SECONDS_PER_HOUR),
    /** Mass (kg). */
    KG("kg", 1.0),
    /** A count of things. */
    COUNT("", 1.0),
    /** Temperature (°C). */
    CELSIUS("°C", 1.0),
    /** Volume flow: m³/s → L/min. */
    L_PER_MIN("L/min", 60_000.0),
    /** Money, in the scenario's currency. */
    CURRENCY("", 1.0),
    /** Money per MW of design IT capacity: currency/W → currency/MW. */
    CURRENCY_PER_MW("", 1e6),
    /** Money per MWh of IT energy, computed as such. */
    CURRENCY_PER_MWH("", 1.0),
    /** Carbon dioxide per year (t/yr), computed as such. */
    T_CO2_PER_YEAR("t CO₂/yr", 1.0),
    /** Downtime per year (min/yr), computed as such. */
    MIN_PER_YEAR("min/yr", 1.0);

    private final String symbol;
    private final double fromSi;

    ReportUnit(String symbol, double fromSi) {
        this.symbol = symbol;
        this.fromSi = fromSi;
    }

    /** What people read after the number; "" for ratios, fractions, counts and currency (named by the scenario). */
    public String symbol() {
        return symbol;
    }

    /** The report-unit value of an SI value. */
    public double fromSi(double si) {
        return si * fromSi;
    }
}
