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
            "loss fractions of a 1000 kVA dry-type unit (no-load 0.14 %, load loss 0.85 % of rating) applied to each unit "
            + "whatever its rating, conservative for larger units; meets US DOE 2016 (10 CFR 431.196) 99.28 % at 35 % load");

    /**
     * Transformerless double-conversion UPS: about 96–97 % at mid load, falling at light load
     * (shape of published curves of current 250–1500 kVA modular UPS).
     */
    public static final LossModel UPS_DOUBLE_CONVERSION = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.900, 0.940, 0.955, 0.965, 0.967, 0.965},
            "double-conversion UPS, ~96-97 % at mid load falling at light load (current modular UPS data sheets)");

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
     * transformer and the rectifier. Delta Electronics reports above 98 % for its 10 kV-input SST system.
     */
    public static final LossModel SST_MV_TO_800V_DC = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.950, 0.970, 0.977, 0.982, 0.982, 0.980},
            "solid-state transformer 10 kV AC -> 800 V DC, > 98 % at mid load (Delta Electronics SST system)",
            CurveBasis.PUBLISHED_FIGURE);

    /**
     * UPS in eco mode (e.g. Schneider eConversion): the inverter stays on line but the load is fed
     * through the bypass; Schneider Electric reports about three times lower losses than double conversion for eConversion.
     * Curve: the double-conversion loss at each point divided by 3.
     */
    public static final LossModel UPS_ECO = scaledLoss((TabulatedEfficiency) UPS_DOUBLE_CONVERSION, 1.0 / 3.0,
            "UPS eco mode (eConversion): losses about 3x lower than double conversion (Schneider Electric eConversion literature)");

    /**
     * 336 V and 380 V DC rectifier systems: the same single AC/DC conversion as 240 V; published
     * module efficiencies of the three classes overlap (96-97.5 %), so the 240 V curve is reused.
     */
    public static final LossModel HVDC_RECTIFIER_336_380V = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.925, 0.955, 0.965, 0.973, 0.974, 0.972},
            "336/380 V DC rectifier system: single AC/DC conversion, same class as 240 V (~97 % at mid load)");

    /**
     * 750 V DC output cabinet (Baidu "Hanhai" class): SiC rectifiers at higher voltage, about
     * 97.5-98 % at mid load; Baidu reports the system 2-4 % more efficient than AC UPS supply.
     */
    public static final LossModel HVDC_RECTIFIER_750V = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.30, 0.50, 0.75, 1.00},
            new double[] {0.940, 0.965, 0.972, 0.978, 0.978, 0.976},
            "750 V DC rectifier cabinet (Baidu Hanhai class), ~97.8 % at mid load; system 2-4 % better than AC UPS (Baidu)",
            CurveBasis.PUBLISHED_FIGURE);

    /**
     * Rack power shelf, AC or HVDC in, 48/54 V out: 80 PLUS Titanium, 230 V internal redundant,
     * 90 / 94 / 96 / 91 % at 10 / 20 / 50 / 100 % load (80 PLUS programme tables).
     * HVDC input removes the PFC boost stage, worth a fraction of a percent, not credited here.
     */
    public static final LossModel SHELF_TITANIUM = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.50, 1.00},
            new double[] {0.90, 0.94, 0.96, 0.91},
            "80 PLUS Titanium 230 V internal redundant: 90/94/96/91 % at 10/20/50/100 % load", CurveBasis.STANDARD_MINIMUM);

    /**
     * Open Rack V3 power shelf, AC (or HVDC) in, 50/54 V out: the OCP ORv3 rectifier's targets, 97.5 %
     * peak and 96.5 % at full load, fan included (H. Keyhani and S. Harris, "Open Rack Standard V3
     * Power System", OCP Engineering Workshop, 10 July 2019); the 33 kW shelves of 5.5 kW supplies
     * that followed keep the form factor (C. Aydin and H. Soin, OCP Global Summit). Light load
     * follows the shape of the HV DC/DC shelf below, one point lower, so that the shelves of all
     * architectures share one shape and differ by their published peaks. No maker's 10-100 % curve
     * of a current 33 kW shelf was found: to confirm against one. HVDC input (240/336 V) removes the
     * PFC stage, worth about a point (a bridgeless PFC stage alone reaches 98.3 %, TI PMP22220), not
     * credited here.
     */
    public static final LossModel SHELF_ORV3 = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.50, 0.75, 1.00},
            new double[] {0.945, 0.965, 0.975, 0.972, 0.965},
            "OCP ORv3 rectifier targets: 97.5 % peak, 96.5 % at full load, fan included (Keyhani and Harris, OCP 2019); "
            + "light load shaped as the HV DC/DC shelf's; a current maker's curve to confirm", CurveBasis.SPECIFICATION_TARGET);

    /**
     * High-voltage DC to 50/54 V rack converter: Meta's ±400 V DC to 50 V shelf (160 kW, 11 × 18 kW),
     * 98.5 % peak and 97.5 % at full load (Meta, OCP Global Summit 2026); light-load points follow the usual
     * shape of resonant DC/DC converters.
     */
    public static final LossModel DCDC_HV_TO_54V = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.50, 0.75, 1.00},
            new double[] {0.955, 0.975, 0.985, 0.982, 0.975},
            "+-400 V DC -> 50 V shelf (Meta, OCP 2026): 98.5 % peak, 97.5 % at full load; light load assumed",
            CurveBasis.PUBLISHED_FIGURE);

    /**
     * Board power delivery, 48/54 V to ~0.8 V core: an 8:1 fixed-ratio bus converter (98.0-98.4 %
     * peak in fixed-ratio bus converter data sheets) followed by multiphase DrMOS buck regulators (about 90-92 % peak at 12 V to
     * 0.8 V in vendor efficiency curves). Combined: about 89.5 % at mid load.
     */
    public static final LossModel VRM_54V_TO_CORE = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.50, 0.75, 1.00},
            new double[] {0.840, 0.875, 0.895, 0.890, 0.875},
            "48/54 V -> 0.8 V: fixed-ratio bus converter 98 % (8:1 bus converter data sheets) x multiphase buck ~90-92 % peak (DrMOS curves)");

    /**
     * Board power delivery of a conventional server, 12 V to ~0.8 V core: the multiphase buck
     * regulators alone (no 48/54 V bus converter in front), so the 54 V curve above without its
     * 98 % stage.
     */
    public static final LossModel VRM_12V_TO_CORE = new TabulatedEfficiency(
            new double[] {0.10, 0.20, 0.50, 0.75, 1.00},
            new double[] {0.857, 0.893, 0.913, 0.908, 0.893},
            "12 V -> 0.8 V: multiphase buck ~90-92 % peak (DrMOS curves); the 54 V curve without its 98 % bus converter");

    /**
     * MV switchgear, breakers and bus: contact and bus I²R of about 0.05 % at rated current
     * (assumption: a few kW in a multi-MW lineup).
     */
    public static final LossModel SWITCHGEAR_MV = new LossTerms(0.0, 0.0, 0.0005,
            "assumption: MV switchgear contact and bus I2R about 0.05 % of rating at full load");

    /**
     * Common ratings of server power supplies in the CRPS (Common Redundant Power Supply) form
     * factor and its vendors' ranges (W): 800 W to 3.2 kW.
     */
    public static final double[] SERVER_PSU_RATINGS_W = {800, 1100, 1300, 1600, 2000, 2400, 2700, 3200};
    /**
     * Highest load one server supply may carry alone when its partner of a 1+1 pair fails: its full
     * rating, the definition of 1+1 redundancy (either supply carries the whole server), so in
     * normal service each runs at up to half load.
     */
    public static final double SERVER_PSU_MAX_LOAD_FRACTION = 1.0;

    /** Unit ratings the presets use (W), with their sources. */
    public static final class UnitRatings {
        /** 2500 kVA unit substations, common for data halls; taken at unity power factor. */
        public static final double TRANSFORMER_W = 2_500e3;
        /** Large UPS frames of 1.2-1.5 MW (e.g. Liebert EXL S1 1200 kVA, Galaxy VX 1500 kW). */
        public static final double UPS_W = 1_250e3;
        /** HVDC rectifier cabinets of about 600 kW (modules of 30-50 kW in a cabinet). */
        public static final double RECTIFIER_W = 600e3;
        /** Assumption: MW-class SST units; first products are 1-3 MW. */
        public static final double SST_W = 2_000e3;
        /** OCP Open Rack V3 high-power rack shelf: 6 × 5.5 kW PSUs, 33 kW (OCP ORv3 HPR specification). */
        public static final double SHELF_W = 33e3;
        /** Meta's HVDC shelf modules: 18 kW (11 × 18 kW in 160 kW; Meta, OCP Global Summit 2026). */
        public static final double DCDC_W = 18e3;

        private UnitRatings() {
        }
    }

    private static TabulatedEfficiency scaledLoss(TabulatedEfficiency base, double factor, String source) {
        double[] x = base.loadFractions();
        double[] eta = base.efficiencies();
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double loss = x[i] * (1 / eta[i] - 1) * factor;
            scaled[i] = x[i] / (x[i] + loss);
        }
        return new TabulatedEfficiency(x, scaled, source);
    }

    /**
     * Cable or busway distribution sized to the usual 1 % voltage drop at rated current: with a
     * resistive drop the I²R loss fraction equals the voltage-drop fraction (IEC 60364-5-52 allows
     * up to 3-5 %; 1 % is common practice for large feeders). Conductor detail comes with the
     * power-chain issue.
     */
    public static final LossModel DISTRIBUTION_1PCT_DROP = new LossTerms(0.0, 0.0, 0.01,
            "cable/busway sized to 1 % voltage drop at rated current: I2R loss 1 % of rating at full load");
}
