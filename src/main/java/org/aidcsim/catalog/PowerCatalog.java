package org.aidcsim.catalog;

/**
 * Default loss curves of power-chain equipment, with their sources. Every preset architecture is
 * built from these; a scenario may replace any of them with its own curve.
 */
public final class PowerCatalog {
    private PowerCatalog() {
    }

    /**
     * Dry-type MV/LV transformer, 1000 kVA class: no-load loss 0.14 % and load loss 0.85 % of rating.
     * At 35 % load this gives 99.31 % efficiency, above the US DOE 2016 minimum of 99.28 % for a
     * 1000 kVA low-voltage dry-type three-phase unit (10 CFR 431.196); the split between core and
     * load loss follows the typical 1:5 to 1:7 ratio of dry-type datasheets.
     */
    public static final LossModel TRANSFORMER_MV_LV = new LossTerms(0.0014, 0.0, 0.0085,
            "dry-type 1000 kVA, no-load 0.14 %, load loss 0.85 %; meets US DOE 2016 (10 CFR 431.196) 99.28 % at 35 % load");

    /**
     * Transformerless double-conversion UPS: about 96–97 % at mid load, falling at light load
     * (domain.md, "UPS eco mode"; shape of published curves of current 250–1500 kVA modular UPS).
     */
    public static final LossModel UPS_DOUBLE_CONVERSION = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.900, 0.940, 0.955, 0.965, 0.967, 0.965},
            "double-conversion UPS, ~96-97 % at mid load falling at light load (domain.md; current modular UPS datasheets)");

    /**
     * 240 V DC HVDC rectifier system (Chinese standard YD/T 2378 class): a single AC/DC conversion,
     * about 96.5–97.5 % from 30 to 100 % load; light-load loss from the modules' standby draw.
     */
    public static final LossModel HVDC_RECTIFIER_240V = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.925, 0.955, 0.965, 0.973, 0.974, 0.972},
            "240 V HVDC rectifier system (YD/T 2378 class), single AC/DC conversion, ~97 % at mid load");

    /**
     * Solid-state transformer from MV AC (10 kV) straight to 800 V DC: one stage replaces the MV/LV
     * transformer and the rectifier. Delta reports above 98 % for its 10 kV-input SST (domain.md).
     */
    public static final LossModel SST_MV_TO_800V_DC = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.950, 0.970, 0.977, 0.982, 0.982, 0.980},
            "solid-state transformer 10 kV AC -> 800 V DC, > 98 % at mid load (Delta, domain.md)");

    /**
     * Cable or busway distribution sized to the usual 1 % voltage drop at rated current: with a
     * resistive drop the I²R loss fraction equals the voltage-drop fraction (IEC 60364-5-52 allows
     * up to 3-5 %; 1 % is common practice for large feeders). Conductor detail comes with the
     * power-chain issue.
     */
    public static final LossModel DISTRIBUTION_1PCT_DROP = new LossTerms(0.0, 0.0, 0.01,
            "cable/busway sized to 1 % voltage drop at rated current: I2R loss 1 % of rating at full load");
}
