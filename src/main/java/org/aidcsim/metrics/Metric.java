package org.aidcsim.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.units.ReportUnit;

/**
 * The catalogue of output metrics: one key, label, unit, direction and definition for each figure
 * a run reports. summary.json, sweep.csv, compare.csv, the console and HTML tables, chart axes and
 * Pareto fronts all take their names, units and directions from here, and docs/outputs.md is
 * generated from it. The values are computed in {@link MetricValues}.
 */
public enum Metric implements Keyed {
    PUE("pue", "PUE", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Power usage effectiveness over the run: total facility energy / IT energy at the rack inputs "
            + "(ISO/IEC 30134-2, measured at the IT equipment input)."),
    PUE_STEP_MAX("pue_step_max", "PUE, highest step", ReportUnit.RATIO, Direction.NEITHER, 3, Section.METRICS,
            "Highest PUE of any simulation step."),
    PUE_STEP_MIN("pue_step_min", "PUE, lowest step", ReportUnit.RATIO, Direction.NEITHER, 3, Section.METRICS,
            "Lowest PUE of any simulation step."),
    PPUE_COOLING("ppue_cooling", "pPUE of cooling", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Partial PUE of the cooling subsystem: (IT energy + cooling energy) / IT energy (ISO/IEC 30134-2 pPUE)."),
    PUE_CATEGORY_1("pue_category_1", "PUE, category 1", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "PUE with the IT energy measured at the UPS output, or at the output of the converter that makes the protected bus "
            + "(ISO/IEC 30134-2 category 1); absent for a chain without one."),
    PUE_CATEGORY_2("pue_category_2", "PUE, category 2", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "PUE with the IT energy measured at the PDU outputs, before the rack feeders (ISO/IEC 30134-2 category 2)."),
    PPUE_POWER("ppue_power", "pPUE of the power chain", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Partial PUE of the power subsystem: (IT energy + power-chain losses) / IT energy (ISO/IEC 30134-2 pPUE)."),
    POWER_CHAIN_EFFICIENCY("power_chain_efficiency", "grid → rack efficiency", ReportUnit.FRACTION, Direction.HIGHER_IS_BETTER, 2,
            Section.METRICS, "IT energy / energy the IT chain draws from the grid, over the run (facility side of the chain)."),
    END_TO_END_EFFICIENCY("end_to_end_efficiency", "grid → chip efficiency", ReportUnit.FRACTION, Direction.HIGHER_IS_BETTER, 2,
            Section.METRICS, "Energy delivered to the chips / energy the IT chain draws from the grid, over the run "
            + "(in-rack shelves and board regulators included)."),
    DESIGN_END_TO_END_EFFICIENCY("design_end_to_end_efficiency", "grid → chip efficiency at design", ReportUnit.FRACTION,
            Direction.HIGHER_IS_BETTER, 2, Section.METRICS, "Chip power / grid power of the chain at design IT load."),
    IT_ENERGY_MWH("it_energy_mwh", "IT energy", ReportUnit.MWH, Direction.NEITHER, 1, Section.METRICS,
            "Energy at the rack inputs over the run (the PUE denominator)."),
    CHIP_ENERGY_MWH("chip_energy_mwh", "chip energy", ReportUnit.MWH, Direction.NEITHER, 1, Section.METRICS,
            "Energy delivered to the chips, after the in-rack power stages."),
    FACILITY_ENERGY_MWH("facility_energy_mwh", "facility energy", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Total energy drawn from the grid: IT, power-chain losses, cooling and support loads."),
    POWER_LOSS_MWH("power_loss_mwh", "power-chain losses", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Losses of the facility-side power stages and the backup's standby losses (outside the IT energy)."),
    IN_RACK_LOSS_MWH("in_rack_loss_mwh", "in-rack losses", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Losses of shelves, rack DC/DC and board regulators (inside the IT energy)."),
    GRID_TO_CHIP_LOSS_MWH("grid_to_chip_loss_mwh", "power losses, grid to chips", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1,
            Section.METRICS, "Every power conversion and conductor loss from the grid to the chips: the facility stages, the "
            + "backup's standby losses and the in-rack stages (power_loss_mwh + in_rack_loss_mwh): what compares power "
            + "architectures, whose in-rack stages differ."),
    LOSS_COOLING_ENERGY_MWH("loss_cooling_energy_mwh", "cooling energy of the power losses", ReportUnit.MWH,
            Direction.LOWER_IS_BETTER, 1, Section.METRICS, "The cooling energy's share that removes power-chain losses: cooling "
            + "energy × (losses released into the cooled air and liquid, in-rack losses included) / (all heat into the "
            + "cooling plant); an average share, not the marginal cost of one more watt."),
    COOLING_ENERGY_MWH("cooling_energy_mwh", "cooling energy", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Fans, pumps and chillers."),
    FAN_ENERGY_MWH("fan_energy_mwh", "cooling fans", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "CRAH, dry-cooler and tower fans."),
    PUMP_ENERGY_MWH("pump_energy_mwh", "cooling pumps", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Coolant, chilled-water, facility-water and condenser pumps."),
    CHILLER_ENERGY_MWH("chiller_energy_mwh", "chillers", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Chiller compressors."),
    MISC_ENERGY_MWH("misc_energy_mwh", "support loads", ReportUnit.MWH, Direction.LOWER_IS_BETTER, 1, Section.METRICS,
            "Lighting, security, BMS and offices, per m² of white space."),
    HEAT_REJECTED_MWH("heat_rejected_mwh", "heat rejected", ReportUnit.MWH, Direction.NEITHER, 1, Section.METRICS,
            "Heat the cooling plant sends outdoors."),
    PEAK_FACILITY_POWER_KW("peak_facility_power_kw", "peak facility power", ReportUnit.KW, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Highest facility power of any step: what the grid connection must carry."),
    PEAK_IT_POWER_KW("peak_it_power_kw", "peak IT power", ReportUnit.KW, Direction.NEITHER, 0, Section.METRICS,
            "Highest IT power of any step."),
    PEAK_COOLING_POWER_KW("peak_cooling_power_kw", "peak cooling power", ReportUnit.KW, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Highest cooling power (fans, pumps, chillers) of any step."),
    WATER_USE_M3("water_use_m3", "site water", ReportUnit.M3, Direction.LOWER_IS_BETTER, 0, Section.METRICS,
            "Water the cooling towers evaporate and blow down."),
    WUE_L_PER_KWH("wue_l_per_kwh", "WUE", ReportUnit.L_PER_KWH, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Water usage effectiveness: site water (L) / IT energy (kWh) (ISO/IEC 30134-9)."),
    CHILLER_HOURS("chiller_hours", "hours with any chiller running", ReportUnit.HOURS, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Time with at least one chiller of either loop running (the per-loop hours follow; full free "
            + "cooling is the time with none)."),
    LIQUID_CHILLER_HOURS("liquid_chiller_hours", "hours on chillers, liquid loop", ReportUnit.HOURS, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Time the facility-water loop's chillers run; absent without a liquid loop."),
    LIQUID_FREE_COOLING_HOURS("liquid_free_cooling_hours", "hours of free cooling, liquid loop", ReportUnit.HOURS,
            Direction.HIGHER_IS_BETTER, 0, Section.METRICS,
            "Time the facility-water loop runs on dry coolers or towers alone; absent without a liquid loop."),
    CHIP_CASE_MAX_C("chip_case_max_c", "hottest chip case over the run", ReportUnit.CELSIUS, Direction.LOWER_IS_BETTER, 1,
            Section.METRICS, "Highest case temperature of the loop's hottest chip over the run: at each step its heat follows the "
            + "loop's and its cold plate's flow the loop pumps' law, the resistance following the flow; absent without "
            + "cooling.liquid.chip or with a boiling coolant."),
    CHIP_HOURS_ABOVE_LIMIT("chip_hours_above_limit", "hours above the chip's case limit", ReportUnit.HOURS,
            Direction.LOWER_IS_BETTER, 0, Section.METRICS, "Time the hottest chip's case spends above its limit over the run; "
            + "absent without cooling.liquid.chip or with a boiling coolant."),
    AIR_CHILLER_HOURS("air_chiller_hours", "hours on chillers, air side", ReportUnit.HOURS, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Time the chilled-water loop of the air path runs its chillers."),
    AIR_FREE_COOLING_HOURS("air_free_cooling_hours", "hours of free cooling, air side", ReportUnit.HOURS, Direction.HIGHER_IS_BETTER,
            0, Section.METRICS, "Time the air path's chillers are off: waterside or airside economizer alone."),
    FULL_FREE_COOLING_HOURS("full_free_cooling_hours", "hours of full free cooling", ReportUnit.HOURS, Direction.HIGHER_IS_BETTER, 0,
            Section.METRICS, "Time with every chiller of both loops off."),
    HEAT_REUSED_MWH("heat_reused_mwh", "heat reused", ReportUnit.MWH, Direction.HIGHER_IS_BETTER, 1, Section.METRICS,
            "Heat the facility water hands to a heat user (the reuse energy of ISO/IEC 30134-6); absent without "
            + "cooling.liquid.heat_reuse."),
    HEAT_DELIVERED_MWH("heat_delivered_mwh", "heat delivered to the user", ReportUnit.MWH, Direction.NEITHER, 1, Section.METRICS,
            "Heat the user receives at its supply temperature, the heat pump's work included; absent without heat reuse."),
    HEAT_PUMP_ENERGY_MWH("heat_pump_energy_mwh", "heat-pump electricity", ReportUnit.MWH, Direction.NEITHER, 1,
            Section.METRICS, "Electricity of the user's heat pump, outside the facility energy and the PUE (ISO/IEC 30134-6 "
            + "counts the heat leaving the data center); absent without heat reuse."),
    ERF("erf", "ERF", ReportUnit.FRACTION, Direction.HIGHER_IS_BETTER, 1, Section.METRICS,
            "Energy reuse factor: heat reused / facility energy (ISO/IEC 30134-6); absent without heat reuse."),
    ERE("ere", "ERE", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Energy reuse effectiveness: (facility energy − heat reused) / IT energy (The Green Grid, White Paper 29); "
            + "absent without heat reuse."),
    CONDUCTOR_MASS_KG("conductor_mass_kg", "conductor mass", ReportUnit.KG, Direction.LOWER_IS_BETTER, 0, Section.METRICS,
            "Mass of the loaded conductors of the feeders and busways."),
    CAPEX("capex", "CAPEX", ReportUnit.CURRENCY, Direction.LOWER_IS_BETTER, 2, Section.METRICS,
            "Installed capital cost, in the scenario's currency."),
    OPEX_PER_YEAR("opex_per_year", "OPEX per year", ReportUnit.CURRENCY, Direction.LOWER_IS_BETTER, 2, Section.METRICS,
            "Energy, water, fuel and maintenance per year, in the scenario's currency."),
    TCO("tco", "TCO", ReportUnit.CURRENCY, Direction.LOWER_IS_BETTER, 2, Section.METRICS,
            "CAPEX plus OPEX discounted over the economics horizon, in the scenario's currency."),
    HORIZON_PUE("horizon_pue", "PUE over the horizon", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Facility energy / IT energy over the whole TCO horizon, each year at the load it carries (economics.load_ramp); "
            + "absent when every year runs the design load."),
    CAPEX_PER_MW_NAMEPLATE_IT("capex_per_mw_nameplate_it", "CAPEX per MW of nameplate IT", ReportUnit.CURRENCY_PER_MW,
            Direction.LOWER_IS_BETTER, 2, Section.METRICS, "CAPEX / IT nameplate (racks × rack power): the dollars per watt of "
            + "IT capacity that build-cost surveys quote, in the scenario's currency per MW."),
    CAPEX_PER_MW_DESIGN_IT("capex_per_mw_design_it", "CAPEX per MW of design IT", ReportUnit.CURRENCY_PER_MW,
            Direction.LOWER_IS_BETTER, 2, Section.METRICS, "CAPEX / design IT power (it.design_basis): the same as on nameplate "
            + "unless a design load is declared, in the scenario's currency per MW."),
    LEVELIZED_COST_PER_MWH_IT("levelized_cost_per_mwh_it", "levelized cost per MWh of IT", ReportUnit.CURRENCY_PER_MWH,
            Direction.LOWER_IS_BETTER, 1, Section.METRICS, "TCO / IT energy discounted at the same rate, Σ_y E_y/(1+r)^y over "
            + "the horizon (each year at its load): the constant price per MWh delivered to the racks that recovers the TCO, "
            + "as a levelized cost of energy is defined."),
    LEVELIZED_COST_PER_MWH_CHIP("levelized_cost_per_mwh_chip", "levelized cost per MWh to the chips", ReportUnit.CURRENCY_PER_MWH,
            Direction.LOWER_IS_BETTER, 1, Section.METRICS, "TCO / the chip energy discounted as levelized_cost_per_mwh_it "
            + "discounts IT energy (each year's chip share that of the run): the cost per MWh of work delivered, which sees "
            + "the in-rack stages that figures at the rack inputs do not."),
    UNDISCOUNTED_COST_PER_MWH_IT("undiscounted_cost_per_mwh_it", "undiscounted cost per MWh of IT", ReportUnit.CURRENCY_PER_MWH,
            Direction.LOWER_IS_BETTER, 1, Section.METRICS, "(CAPEX + the horizon's OPEX, undiscounted) / the horizon's IT energy: "
            + "cash spent per MWh delivered, with no time value of money."),
    CARBON_T_PER_YEAR("carbon_t_per_year", "operational carbon", ReportUnit.T_CO2_PER_YEAR, Direction.LOWER_IS_BETTER, 0,
            Section.METRICS, "Facility energy × grid carbon intensity, per year: the location-based method of the GHG "
            + "Protocol's scope 2 guidance, with the intensity on its source's basis (combustion or lifecycle, generation or "
            + "consumption; economics.site_figures says which)."),
    CUE_KG_PER_KWH("cue_kg_per_kwh", "CUE", ReportUnit.KG_PER_KWH, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "Carbon usage effectiveness: CO₂ of the facility energy / IT energy (ISO/IEC 30134-8)."),
    REF("ref", "REF", ReportUnit.FRACTION, Direction.HIGHER_IS_BETTER, 1, Section.METRICS,
            "Renewable energy factor: renewable energy / facility energy (ISO/IEC 30134-3): on-site generation the site uses "
            + "hour by hour (standards.onsite_generation_file), plus standards.renewable_fraction of the grid energy."),
    GB40879_GRADE("gb40879_grade", "GB 40879 grade", ReportUnit.COUNT, Direction.LOWER_IS_BETTER, 0, Section.METRICS,
            "Energy-efficiency grade of China's GB 40879-2021 for the annual PUE: 1 (≤ 1.20), 2 (≤ 1.30), 3 (≤ 1.50, the "
            + "maximum allowable value); 4 means above it."),
    ANNUALIZED_MLC("annualized_mlc", "annualized MLC", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "ASHRAE 90.4 mechanical load component over the year: cooling energy / IT energy, from the hourly simulation."),
    DESIGN_MLC("design_mlc", "design MLC", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "ASHRAE 90.4 mechanical load component at design: cooling power at the design IT load in the design hour (hottest dry "
            + "or wet bulb of the weather year) / design IT power."),
    ELC("elc", "ELC", ReportUnit.RATIO, Direction.LOWER_IS_BETTER, 3, Section.METRICS,
            "ASHRAE 90.4 electrical loss component at design IT load: facility-side chain losses / IT power."),
    AVAILABILITY("availability", "availability", ReportUnit.FRACTION, Direction.HIGHER_IS_BETTER, 5, Section.METRICS,
            "Fraction of time the IT load has power (Monte Carlo); only when availability is estimated."),
    DOWNTIME_MIN_PER_YEAR("downtime_min_per_year", "IT downtime", ReportUnit.MIN_PER_YEAR, Direction.LOWER_IS_BETTER, 2,
            Section.METRICS, "Expected minutes per year the IT load is without power; only when availability is estimated."),

    NAMEPLATE_IT_POWER_KW("nameplate_it_power_kw", "IT nameplate", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "Racks × rack_power_kw: the racks as sold, at full utilization, server fans included."),
    DESIGN_IT_POWER_KW("design_it_power_kw", "design IT power", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "The IT load every plant item is sized on (it.design_basis): the racks' nameplate, less the server fans the "
            + "cooling technology removes, or a declared design load with its margin; never the utilization, which says how "
            + "the site runs."),
    RACKS("racks", "racks", ReportUnit.COUNT, Direction.NEITHER, 0, Section.SIZING, "Racks in the hall."),
    PEAK_HEAT_TO_LIQUID_KW("peak_heat_to_liquid_kw", "peak heat to liquid", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "Highest heat into the liquid loop of any step."),
    PEAK_HEAT_TO_AIR_KW("peak_heat_to_air_kw", "peak heat to air", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "Highest heat into cooled air of any step."),
    HEAT_REJECTION_CAPACITY_KW("heat_rejection_capacity_kw", "heat-rejection capacity", ReportUnit.KW, Direction.NEITHER, 0,
            Section.SIZING, "Highest heat the plant sends outdoors: the dry coolers' or towers' capacity."),
    CHILLER_CAPACITY_KW("chiller_capacity_kw", "chiller capacity", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "Highest chiller evaporator load."),
    COOLANT_FLOW_L_PER_MIN("coolant_flow_l_per_min", "coolant flow at peak", ReportUnit.L_PER_MIN, Direction.NEITHER, 0,
            Section.SIZING, "Coolant flow across the IT at the peak liquid heat; 0 without liquid."),
    COOLANT_FLOW_PER_RACK_L_PER_MIN("coolant_flow_per_rack_l_per_min", "coolant flow per rack", ReportUnit.L_PER_MIN,
            Direction.NEITHER, 1, Section.SIZING, "Coolant flow at peak per rack on the liquid loop (air-only groups left out; "
            + "each group's own in summary.json it.groups); 0 without liquid."),
    COOLANT_SUPPLY_TEMP_C("coolant_supply_temp_c", "coolant supply", ReportUnit.CELSIUS, Direction.NEITHER, 1, Section.SIZING,
            "Coolant supplied to the IT: facility supply + CDU approach; absent without liquid."),
    CDU_COUNT("cdu_count", "CDUs", ReportUnit.COUNT, Direction.NEITHER, 0, Section.SIZING,
            "CDUs installed, redundant ones included; 0 without liquid."),
    CDU_CAPACITY_KW("cdu_capacity_kw", "CDU capacity", ReportUnit.KW, Direction.NEITHER, 0, Section.SIZING,
            "Heat one CDU transfers with the loop's coolant: its rating (cooling.liquid.cdu_capacity_kw, with water), derated "
            + "for a glycol by the plate exchanger's ε-NTU model at the rated temperatures and volume flow; 0 without liquid."),
    FLUID_VOLUME_M3("fluid_volume_m3", "coolant inventory", ReportUnit.M3, Direction.NEITHER, 2, Section.SIZING,
            "Coolant of the technology loop: racks or tanks on it, the CDUs' IT sides and the secondary piping (the facility "
            + "loop's water is in summary.json cooling.liquid_loop.inventory_m3)."),
    PUMP_POWER_DESIGN_KW("pump_power_design_kw", "pump power at design", ReportUnit.KW, Direction.NEITHER, 1, Section.SIZING,
            "The technology loop's, chilled-water, facility-water and any added pumps at design flow (tower condenser pumps are "
            + "in the heat rejection)."),
    CRAH_FAN_DESIGN_KW("crah_fan_design_kw", "CRAH fans at design", ReportUnit.KW, Direction.NEITHER, 1, Section.SIZING,
            "CRAH fan power at design air flow."),
    LIQUID_LOOP_PUMP_DESIGN_KW("liquid_loop_pump_design_kw", "coolant pumps at design", ReportUnit.KW, Direction.NEITHER, 1,
            Section.SIZING, "CDU secondary, tank or spray pumps at design."),
    CHILLED_WATER_PUMP_DESIGN_KW("chilled_water_pump_design_kw", "chilled-water pumps at design", ReportUnit.KW, Direction.NEITHER,
            1, Section.SIZING, "Chilled-water pumps at design."),
    FACILITY_WATER_PUMP_DESIGN_KW("facility_water_pump_design_kw", "facility-water pumps at design", ReportUnit.KW,
            Direction.NEITHER, 1, Section.SIZING, "Facility-water pumps at design."),
    LOOP_PUMP_HEAD_KPA("loop_pump_head_kpa", "coolant pump head", ReportUnit.KPA, Direction.NEITHER, 0, Section.SIZING,
            "Head of the coolant pumps at design: one IT branch, rack manifolds, piping and CDU exchanger in series, with the "
            + "loop's fluid at its mean temperature; absent without coolant pumps."),
    LOOP_PUMPS_RUNNING("loop_pumps_running", "coolant pumps on duty", ReportUnit.COUNT, Direction.NEITHER, 0, Section.SIZING,
            "Coolant pumps running at design, one per CDU needed (redundant CDUs' pumps on standby); 0 without."),
    LOOP_PUMP_MOTOR_KW("loop_pump_motor_kw", "coolant pump motor", ReportUnit.KW, Direction.NEITHER, 2, Section.SIZING,
            "Motor of one coolant pump: the next IEC 60072-1 rating above its shaft power; absent unless the head is computed."),
    LOOP_PIPE_SIZE_MM("loop_pipe_size_mm", "coolant pipe size", ReportUnit.MM, Direction.NEITHER, 0, Section.SIZING,
            "Nominal size (ISO 6708 DN) of one CDU's supply and return piping; absent unless the head is computed."),
    CHIP_CASE_TEMP_C("chip_case_temp_c", "chip case temperature", ReportUnit.CELSIUS, Direction.NEITHER, 1, Section.SIZING,
            "Case temperature of the hottest chip at design: coolant supply + chip power × case-to-coolant resistance; "
            + "absent without cooling.liquid.chip."),
    CHIP_MARGIN_K("chip_margin_k", "chip temperature margin", ReportUnit.KELVIN, Direction.HIGHER_IS_BETTER, 1, Section.SIZING,
            "Case limit − case temperature at design; negative when the chip runs too hot; absent without cooling.liquid.chip."),
    WARMEST_FACILITY_SUPPLY_C("warmest_facility_supply_c", "warmest allowed facility water", ReportUnit.CELSIUS,
            Direction.HIGHER_IS_BETTER, 1, Section.SIZING, "Warmest facility-water supply that keeps the hottest chip within its "
            + "case limit at design load; absent without cooling.liquid.chip."),
    FREE_COOLING_HOURS_AT_WARMEST("free_cooling_hours_at_warmest", "free-cooling hours at the warmest water", ReportUnit.HOURS,
            Direction.HIGHER_IS_BETTER, 0, Section.SIZING, "Hours of the weather year in which the dry coolers or towers alone "
            + "make facility water at the warmest allowed supply: what warm water buys without chillers; absent without "
            + "cooling.liquid.chip."),
    SERVER_FAN_ENERGY_REMOVED_MWH("server_fan_energy_removed_mwh", "server fan energy removed", ReportUnit.MWH, Direction.NEITHER,
            1, Section.SIZING, "Energy the servers' fans would have drawn, left out of the IT load by immersion or spray.");

    /** Where a metric stands in summary.json. */
    public enum Section {
        /** {@code metrics}: the figures a design is judged by. */
        METRICS("metrics"),
        /** {@code cooling.sizing}: what to buy. */
        SIZING("cooling.sizing");

        private final String jsonPath;

        Section(String jsonPath) {
            this.jsonPath = jsonPath;
        }

        public String jsonPath() {
            return jsonPath;
        }
    }

    private final String key;
    private final String label;
    private final ReportUnit unit;
    private final Direction direction;
    private final int decimals;
    private final Section section;
    private final String description;

    Metric(String key, String label, ReportUnit unit, Direction direction, int decimals, Section section, String description) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.direction = direction;
        this.decimals = decimals;
        this.section = section;
        this.description = description;
    }

    /** The one name of this figure in every machine output. */
    @Override
    public String key() {
        return key;
    }

    /** The name people read in tables and on chart axes. */
    public String label() {
        return label;
    }

    public ReportUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    /** True for the figures of the Monte Carlo availability estimate, which a plain annual run does not make. */
    public boolean needsAvailabilityEstimate() {
        return this == AVAILABILITY || this == DOWNTIME_MIN_PER_YEAR;
    }

    public Section section() {
        return section;
    }

    public String description() {
        return description;
    }

    /** Decimals shown to people (of the percentage, for fractions; of millions, for money). */
    public int decimals() {
        return decimals;
    }

    /** Unit as shown beside the label: the symbol, "%" for fractions, "M " + currency for money. */
    public String unitLabel(String currency) {
        return switch (unit) {
            case FRACTION -> "%";
            case CURRENCY -> "M " + currency;
            case CURRENCY_PER_MW -> "M " + currency + "/MW";
            case CURRENCY_PER_MWH -> currency + "/MWh";
            default -> unit.symbol();
        };
    }

    /** "label (unit)" for table headers and chart axes. */
    public String axisLabel(String currency) {
        String u = unitLabel(currency);
        return u.isEmpty() ? label : label + " (" + u + ")";
    }

    /** A report-unit value rounded for people, without its unit: "1.116", "95.59", "11.60", "8,622"; "–" when absent. */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", shown(value));
    }

    /** The number people see for a report-unit value, in {@link #unitLabel}: percent for fractions, millions for money. */
    public double shown(double value) {
        return switch (unit) {
            case FRACTION -> 100 * value;
            case CURRENCY, CURRENCY_PER_MW -> value / 1e6;
            default -> value;
        };
    }

    /** The value rounded for people with its unit: "95.59 %", "11.60 M USD", "8,622 L/min". */
    public String formatWithUnit(double value, String currency) {
        String u = unitLabel(currency);
        return !Double.isFinite(value) || u.isEmpty() ? format(value) : format(value) + " " + u;
    }

    public static Optional<Metric> ofKey(String key) {
        return Keyed.ofKey(Metric.class, key);
    }

    /** Keys of earlier releases, with what replaced each: a user's old sweep command gets told, not just refused. */
    private static final Map<String, String> RENAMED = Map.of(
            "capex_per_mw_it", "capex_per_mw_nameplate_it or capex_per_mw_design_it (it divided by design IT)",
            "tco_per_mwh_it", "levelized_cost_per_mwh_it (it divided discounted cost by undiscounted energy) or "
                    + "undiscounted_cost_per_mwh_it");

    /** Why {@code key} names no metric: "unknown metric (expected …, found …)", or what replaced it. */
    public static String unknownKeyMessage(String key, List<String> expected) {
        String renamed = RENAMED.get(key);
        return renamed != null ? "\"" + key + "\" was renamed: use " + renamed
                : "unknown metric (expected one of " + String.join(", ", expected) + ", found \"" + key + "\")";
    }
}
