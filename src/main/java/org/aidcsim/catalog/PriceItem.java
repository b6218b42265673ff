package org.aidcsim.catalog;

/**
 * What a site's capital cost is priced by: one installed unit cost per item, with its basis, its
 * default and the default's source. The scenario format lists one {@code economics.unit_costs}
 * field per item, so a new item needs no other change to be priced and documented.
 */
public enum PriceItem implements Keyed {
    SHELL_PER_M2("shell_per_m2", Basis.M2, "Building shell and white-space fit-out per m² of white space (what scales with "
            + "floor area: structure, envelope, raised floor or slab, lighting)", 3_000.0,
            "assumption: industrial building shell and fit-out of 2,000-4,000 USD per m²; use quotes"),
    FACILITY_PER_KW_IT("facility_per_kw_it", Basis.KW_IT, "Everything else a data-center build costs per kW of design IT "
            + "capacity, beyond the equipment priced item by item here: site works, electrical and mechanical installation, "
            + "fire protection, controls, design and fees", 7_500.0,
            "assumption calibrated so that a whole build comes to about 10-13 USD per W of IT capacity, the range of "
            + "major US and European markets in the Turner & Townsend Data Centre Construction Cost Index 2025-2026"),
    SWITCHGEAR_PER_KW("switchgear_per_kw", Basis.KW, "MV switchgear per kW", 60.0, Sources.BUDGET_PRICE),
    TRANSFORMER_PER_KW("transformer_per_kw", Basis.KW, "MV/LV transformers per kW", 50.0, Sources.BUDGET_PRICE),
    UPS_PER_KW("ups_per_kw", Basis.KW, "UPS per kW installed", 200.0, Sources.BUDGET_PRICE),
    RECTIFIER_PER_KW("rectifier_per_kw", Basis.KW, "HVDC rectifiers and DC cabinets per kW", 150.0, Sources.BUDGET_PRICE),
    SST_PER_KW("sst_per_kw", Basis.KW, "Solid-state transformers per kW", 250.0, Sources.BUDGET_PRICE),
    SHELF_PER_KW("shelf_per_kw", Basis.KW, "Rack power shelves and rack DC/DC per kW", 120.0, Sources.BUDGET_PRICE),
    CONDUCTOR_PER_KG("conductor_per_kg", Basis.KG, "Feeders and busway installed, per kg of conductor", 25.0, Sources.BUDGET_PRICE),
    CRAH_PER_KW("crah_per_kw", Basis.KW, "CRAHs per kW of air heat", 300.0, Sources.BUDGET_PRICE),
    CHILLER_PER_KW("chiller_per_kw", Basis.KW, "Chillers per kW of chiller capacity", 250.0, Sources.BUDGET_PRICE),
    DRY_COOLER_PER_KW("dry_cooler_per_kw", Basis.KW, "Dry coolers per kW rejected", 120.0, Sources.BUDGET_PRICE),
    TOWER_PER_KW("tower_per_kw", Basis.KW, "Cooling towers per kW rejected", 80.0, Sources.BUDGET_PRICE),
    CDU_PER_KW("cdu_per_kw", Basis.KW, "CDUs per kW of installed capacity", 150.0, Sources.BUDGET_PRICE),
    IMMERSION_TANK_PER_RACK("immersion_tank_per_rack", Basis.RACK, "Immersion tank per rack position", 25_000.0,
            Sources.BUDGET_PRICE),
    REAR_DOOR_ACTIVE_PER_RACK("rear_door_active_per_rack", Basis.RACK, "Active rear-door heat exchanger per rack, valves and "
            + "hoses included", 18_000.0, Sources.BUDGET_PRICE),
    REAR_DOOR_PASSIVE_PER_RACK("rear_door_passive_per_rack", Basis.RACK, "Passive rear-door heat exchanger per rack, valves and "
            + "hoses included", 9_000.0, Sources.BUDGET_PRICE),
    GLYCOL_PER_L("glycol_per_l", Basis.LITRE, "Inhibited glycol-water coolant, mixed, per litre", 3.0, Sources.BUDGET_PRICE),
    FLUID_PER_L("fluid_per_l", Basis.LITRE, "Single-phase dielectric fluid per litre", 12.0, Sources.BUDGET_PRICE),
    TWO_PHASE_FLUID_PER_L("two_phase_fluid_per_l", Basis.LITRE, "Two-phase (fluorinated) fluid per litre", 120.0,
            "assumption: fluorinated two-phase fluids cost about ten times PAO fluids"),
    BATTERY_PER_KWH("battery_per_kwh", Basis.KWH, "UPS batteries per kWh", 400.0, Sources.BUDGET_PRICE),
    SUPERCAP_PER_KWH("supercap_per_kwh", Basis.KWH, "Supercapacitor banks per kWh of window energy", 15_000.0,
            "assumption: about 50 per 3 Wh cell plus modules and converters"),
    GENERATOR_PER_KW("generator_per_kw", Basis.KW, "Diesel generator sets per kW", 500.0, Sources.BUDGET_PRICE);

    /** The quantity a price multiplies, as the scenario reference shows it. */
    public enum Basis {
        M2("per m²"), KW_IT("per kW of design IT"), KW("per kW"), KG("per kg"), RACK("per rack"), LITRE("per L"), KWH("per kWh");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final class Sources {
        static final String BUDGET_PRICE = "assumption: order-of-magnitude 2024 US installed price for budgeting; use quotes";
    }

    private final String key;
    private final Basis basis;
    private final String description;
    private final double defaultPrice;
    private final String source;

    PriceItem(String key, Basis basis, String description, double defaultPrice, String source) {
        this.key = key;
        this.basis = basis;
        this.description = description;
        this.defaultPrice = defaultPrice;
        this.source = source;
    }

    /** The field name under {@code economics.unit_costs}. */
    @Override
    public String key() {
        return key;
    }

    public Basis basis() {
        return basis;
    }

    public String description() {
        return description;
    }

    /** Default price, in the scenario's currency per unit of {@link #basis()}. */
    public double defaultPrice() {
        return defaultPrice;
    }

    /** Where the default comes from. */
    public String source() {
        return source;
    }
}
