package org.aidcsim.scenario;

import static org.aidcsim.schema.Schema.EMPTY_OBJECT;
import static org.aidcsim.schema.Schema.bool;
import static org.aidcsim.schema.Schema.defaulted;
import static org.aidcsim.schema.Schema.integer;
import static org.aidcsim.schema.Schema.keywordOr;
import static org.aidcsim.schema.Schema.keywordsOr;
import static org.aidcsim.schema.Schema.listOf;
import static org.aidcsim.schema.Schema.number;
import static org.aidcsim.schema.Schema.object;
import static org.aidcsim.schema.Schema.oneOf;
import static org.aidcsim.schema.Schema.optional;
import static org.aidcsim.schema.Schema.prose;
import static org.aidcsim.schema.Schema.required;
import static org.aidcsim.schema.Schema.scalar;
import static org.aidcsim.schema.Schema.text;
import static org.aidcsim.schema.Schema.union;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.availability.ReliabilityCatalog;
import org.aidcsim.backup.BackupDefaults;
import org.aidcsim.backup.Chemistry;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.catalog.ItSystemCatalog;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.catalog.PriceItem;
import org.aidcsim.cooling.PlantComponentType;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.cooling.PumpControl;
import org.aidcsim.cooling.AirClass;
import org.aidcsim.cooling.AirHandler;
import org.aidcsim.cooling.ColdPlateCurve;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.cooling.FacilityWaterClass;
import org.aidcsim.cooling.FlowCurve;
import org.aidcsim.cooling.LiquidDefaults;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ConductorMaterial;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.power.HeatSink;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;
import org.aidcsim.schema.Field;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.SchemaType.UnionType;
import org.aidcsim.standards.Framework;
import org.aidcsim.units.Units;

/**
 * The scenario file format, field by field: types, units, bounds, and every default with its
 * source. This one definition validates files, fills defaults and generates
 * {@code schema/scenario.schema.json}; docs/scenario-format.md explains it for people. The cooling
 * technologies it accepts, their liquid defaults, the stage kinds and the price items come from
 * their own packages, so adding one changes nothing here.
 */
public final class ScenarioFormat {
    private final List<CoolingTechnology> technologies;
    private final List<PlantComponentType> componentTypes;
    private final ObjectType scenario;

    /** A format that accepts {@code technologies} under {@code cooling.technology}, and the built-in plant components. */
    public ScenarioFormat(List<CoolingTechnology> technologies) {
        this(technologies, PlantComponentType.BUILT_IN);
    }

    /**
     * A format that accepts {@code technologies} under {@code cooling.technology} and plants that add
     * {@code componentTypes} under {@code cooling.plant.add}.
     */
    public ScenarioFormat(List<CoolingTechnology> technologies, List<PlantComponentType> componentTypes) {
        this.technologies = List.copyOf(technologies);
        this.componentTypes = List.copyOf(componentTypes);
        this.scenario = scenarioType(cooling(this.technologies, this.componentTypes));
    }

    /** The plant component type named {@code key}. */
    public Optional<PlantComponentType> componentType(String key) {
        return componentTypes.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The whole scenario document. */
    public ObjectType scenario() {
        return scenario;
    }

    /** The technology named {@code key}. */
    public Optional<CoolingTechnology> technology(String key) {
        return technologies.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private static final ObjectType EPW = object("Hourly weather from an EnergyPlus Weather (EPW) file.",
            required("file", text("Path of the .epw file, relative to the scenario file.")),
            defaulted("warming_k", number("Warm the file's year by this many kelvin: every hour's dry bulb shifted, its relative "
                    + "humidity kept (the 'shift' of Belcher, Hacker and Powell's morphing, Building Services Engineering Research "
                    + "and Technology 26 (2005) 49-61)", "K").min(-10).max(10), 0.0, "the typical year as it is"));

    private static final ObjectType CONSTANT_CLIMATE = object("The same outdoor conditions every hour.",
            required("dry_bulb_c", number("Outdoor dry-bulb temperature", "°C").min(-60).max(60)),
            defaulted("relative_humidity", number("Outdoor relative humidity, fraction", "").min(0).max(1), 0.5,
                    "assumption: mid-range humidity; the dry-bulb heat-rejection models do not use it yet"),
            defaulted("pressure_kpa", number("Station pressure", "kPa").min(30).max(120), 101.325,
                    "ISO 2533 standard atmosphere at sea level"));

    private static final UnionType WEATHER = union("Outdoor conditions: an EPW file or a constant climate.", "type",
            "epw", EPW, "constant", CONSTANT_CLIMATE);

    private static final ObjectType SITE = object("Where the hall stands.",
            required("weather", WEATHER),
            optional("country", text("ISO 3166-1 country code of the site, alpha-3 (USA, CHN, DEU) or alpha-2 (US, CN, DE); "
                    + "decides which rules apply and the default grid carbon and prices. Default: the weather file's header.",
                    "^[A-Za-z]{2,3}$")),
            optional("region", text("State or province of the site, as the default tables name it: a US state code (IL, FL), "
                    + "a Chinese province (Guangdong). Default: the weather file's header when the country comes from it.")),
            defaulted("white_space_m2_per_rack", number("White-space floor area per rack, aisles and service space included",
                    "m²").above(0).max(50), 2.5, "assumption: a 600 × 1200 mm rack with its share of 1.2 m aisles and service corridors"),
            defaulted("support_power_w_per_m2", number("Lighting and security of the white space per m²; constant, fed "
                    + "outside the UPS/HVDC chain, released into cooled air", "W/m²").min(0).max(500), 20.0,
                    "assumption: LED lighting 5-10 W/m² plus security and BMS in the hall"),
            defaulted("support_power_fraction", number("Support loads that grow with the plant rather than the white space "
                    + "(lighting and services of the electrical and mechanical rooms and offices), as a share of the design IT "
                    + "power; constant, outside the chain, released into cooled air", "").min(0).max(0.2), 0.005,
                    "assumption, to confirm against metered sites: half of the 1 % of a data center's power that lighting "
                    + "took in Emerson Network Power's Energy Logic (2007), for LED lighting and a denser plant"));

    private static final UnionType PROFILE = union("How the group's draw varies in time, as a fraction of its peak.", "type",
            "constant", object("A flat draw (training clusters run near-flat for weeks)."),
            "diurnal", object("A daily cosine between min_fraction and 1.",
                    required("min_fraction", number("Draw at the daily trough, fraction of peak", "").min(0).max(1)),
                    defaulted("peak_hour", number("Local hour of the daily peak", "h").min(0).below(24), 14.0,
                            "assumption: mid-afternoon peak of user-facing traffic")),
            "checkpoint", object("Steady training with a checkpoint dip every interval: the accelerators idle while the model "
                    + "state is written. Dips shorter than the step average out; run with simulation.step_s: 60 to see them.",
                    required("interval_s", number("Time from one checkpoint to the next", "s").min(60).max(604_800)),
                    required("dip_s", number("Length of a checkpoint; less than interval_s", "s").above(0).max(604_800)),
                    required("dip_fraction", number("Draw during a checkpoint, fraction of peak", "").min(0).max(1)),
                    optional("job_h", number("A campaign of jobs: each job trains this long (checkpoints from its start), then "
                            + "the racks idle for idle_between_jobs_h", "h").above(0).max(8760)),
                    optional("idle_between_jobs_h", number("Idle time between jobs (data preparation, queueing, evaluation); "
                            + "with job_h", "h").min(0).max(8760)),
                    optional("idle_fraction", number("Draw between jobs, fraction of peak; default: the catalogue system's idle "
                            + "fraction", "").min(0).max(1))),
            "trace", object("A measured load from a CSV (a DCIM export): a header timestamp,kw or timestamp,fraction, then one "
                    + "row per interval of a whole year (hourly or finer, dividing the hour, at least 60 s), timestamps "
                    + "YYYY-MM-DD HH:MM at the start of each interval; the year is aligned to the weather year by month, "
                    + "day and time.",
                    required("file", text("Path of the CSV, relative to the scenario file")),
                    required("unit", oneOf("kw: the whole group's power; fraction: of the group's peak (racks × "
                            + "rack_power_kw × utilization).", List.of("kw", "fraction")))));

    /** A loaded 2-socket server (W); see the server_power_kw default. */
    private static final double DEFAULT_SERVER_POWER_W = 750;

    private static final ObjectType RACK_GROUP = object("Identical racks sharing a load profile.",
            required("name", text("Group name, for reports.")),
            optional("system", oneOf("An IT system of the catalogue (aidcsim catalog lists them with their sources): it fills "
                    + "rack_power_kw (nameplate), utilization (typical / nameplate), rack_power_supply and server_power_kw, and, "
                    + "for cold plates, cooling.liquid.capture_fraction (its share of heat to liquid); any of them given here wins.",
                    ItSystemCatalog.keys())),
            optional("role", text("Which rack type of a system of several (compute or network racks of a supernode); "
                    + "required for those, one group per role")),
            optional("racks", integer("Number of racks", 0, 1_000_000)),
            optional("systems", integer("Number of whole systems, with system: racks = systems × the role's racks per system",
                    0, 100_000)),
            optional("it_capacity_kw", number("The group's design IT capacity: racks = it_capacity_kw / (rack_power_kw × "
                    + "utilization), rounded up, so that a denser rack means fewer racks for the same capacity", "kW")
                    .above(0).max(10_000_000)),
            optional("rack_power_kw", number("Power one rack draws at its input at full utilization; required unless the group "
                    + "names a system, whose nameplate it then defaults to", "kW").min(0).max(2000)),
            defaulted("utilization", number("Fraction of rack power drawn at the profile's peak", "").min(0).max(1), 1.0,
                    "no derating unless you give one: rack_power_kw is then the draw at peak (with a system: its typical draw "
                    + "over its nameplate)"),
            defaulted("profile", PROFILE, Map.of("type", "constant"), "a flat draw"),
            defaulted("rack_power_supply", oneOf("How the racks turn their feed into the servers' voltage, where the preset "
                    + "architecture lets them choose (AC and 240-380 V DC): server_psus, each server's own supplies, 1+1; "
                    + "power_shelves, shared rack shelves, N+1; auto, server_psus up to "
                    + Math.round(Units.wToKw(RackSupply.AUTO_THRESHOLD_W)) + " kW per rack and power_shelves above.",
                    keys(RackSupply.values())), RackSupply.AUTO.key(),
                    "assumption: conventional racks of 2-socket servers draw 3-20 kW on their own supplies; rack-scale AI "
                    + "systems share power shelves"),
            optional("liquid_fraction", number("Share of the group's heat its cold plates, tanks or spray heads take to liquid, "
                    + "with a liquid technology; 0 for racks that stay on air in a liquid-cooled hall. Default: the hall's "
                    + "cooling.liquid.capture_fraction when given, else (cold plates) the catalogue rack's share, else the "
                    + "technology's default", "").min(0).max(1)),
            optional("coolant_delta_t_k", number("Coolant rise across the group's racks at design, with a liquid technology; "
                    + "sets its coolant flow. Default: (cold plates) the catalogue rack's, else cooling.liquid.loop_delta_t_k",
                    "K").above(0).max(30)),
            defaulted("server_power_kw", number("Power one server draws at full utilization, for server_psus: sets the "
                    + "servers per rack and their supplies' rating", "kW").above(0).max(20), Units.wToKw(DEFAULT_SERVER_POWER_W),
                    "assumption: a loaded 2-socket server draws 0.5-1 kW (SPECpower_ssj2008 results at 100 % load)"))
            .exactlyOneOf("racks", "it_capacity_kw", "systems");

    private static final ObjectType DECLARED_DESIGN_LOAD = object("A design IT load the designer declares instead of the "
            + "racks' nameplate, with a margin on top; a basis below nameplate is warned about, with what nameplate would need.",
            required("design_it_load_kw", number("Design IT load at the rack inputs", "kW").above(0).max(10_000_000)),
            defaulted("margin", number("Share added on top of the declared load", "").min(0).max(1), 0.0,
                    "none unless given: the declared load is taken as the design load"));

    private static final ObjectType IT = object("The IT load, measured at the rack inputs (ISO/IEC 30134-2 category 3).",
            required("groups", listOf("Rack groups.", RACK_GROUP, 1)),
            defaulted("design_basis", keywordOr("nameplate", DECLARED_DESIGN_LOAD), "nameplate",
                    "nameplate: every rack at rack_power_kw, as any rack may draw it (utilization and profiles say how the "
                    + "site runs, not what it is built for); redundant units are counted beyond the N that carry this load, "
                    + "as the Uptime Institute's Tier Standard: Topology counts them"));

    private static final ObjectType CURVE_POINT = object("One point of an efficiency curve.",
            required("load_fraction", number("Output power / rated power", "").above(0).max(2)),
            required("efficiency", number("Output power / input power at that load", "").above(0).below(1)));

    private static final ObjectType LOSS_TERMS = object("Loss = rating × (no_load + proportional·x + quadratic·x²), x = load fraction.",
            defaulted("no_load_fraction", number("No-load loss / rating", "").min(0).max(0.2), 0.0, "none unless given"),
            defaulted("proportional_fraction", number("Coefficient of x", "").min(0).max(0.2), 0.0, "none unless given"),
            defaulted("quadratic_fraction", number("Coefficient of x² (I²R loss at full load / rating)", "").min(0).max(0.2), 0.0,
                    "none unless given"));

    private static final List<String> REDUNDANCY_KEYS = keys(Redundancy.values());

    private static List<String> keys(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }

    private static final ObjectType CONDUCTOR = object("Cables or busway: loss = I²R from voltage, length, cross-section, material and temperature.",
            required("system", oneOf("ac3: three-phase AC (voltage line to line); dc: two-wire DC (voltage pole to pole).",
                    Arrays.stream(DistributionSystem.values()).map(DistributionSystem::key).toList())),
            required("voltage_v", number("Distribution voltage", "V").above(0).max(100_000)),
            required("length_m", number("Route length", "m").above(0).max(10_000)),
            optional("cross_section_mm2", number("Cross-section of one conductor; when left out, the feeder is sized to "
                    + "voltage_drop_fraction at design load and, for copper, to the current each cable carries (IEC 60364-5-52, "
                    + "method E, XLPE, nine a tray), as parallel sets of IEC 60228 sizes of at most 240 mm²", "mm²").above(0)),
            defaulted("voltage_drop_fraction", number("Resistive voltage drop at design load, when the cross-section is sized",
                    "").above(0).max(0.2), 0.01, "1 % is common practice for large feeders (IEC 60364-5-52 allows up to 3-5 %)"),
            defaulted("material", oneOf("Conductor metal.", Arrays.stream(ConductorMaterial.values()).map(ConductorMaterial::key).toList()),
                    ConductorMaterial.COPPER.key(), "copper, the usual choice for data-center feeders and busway"),
            defaulted("temperature_c", number("Conductor operating temperature; when the cross-section is sized, the "
                    + "temperature assumed for the drop, copper cables then running at the one their design current gives",
                    "°C").min(-40).max(250), 60.0, "assumption: moderately loaded cable, below the 90 °C XLPE limit"),
            defaulted("air_temp_c", number("Air around the cables, for the current capacity of a sized copper cable "
                    + "(IEC 60364-5-52)", "°C").min(-40).max(80), 30.0, "the 30 °C of IEC 60364-5-52's tables"),
            defaulted("parallel_runs", integer("Runs in parallel sharing the current; when sized, at least this many",
                    1, 10_000), 1, "one run, more where the sizing needs them"),
            defaulted("type", oneOf("cable: parallel sets of cables; busway: copper busbar trunking sized by a maker's rated "
                    + "currents (Schneider Electric Canalis KTC, IEC 61439-6), when the cross-section is left out.",
                    List.of("cable", "busway")), "cable", "cables, the common feeder"),
            defaulted("power_factor", number("Load power factor (AC only)", "").above(0).max(1), Architecture.AC_POWER_FACTOR,
                    "server supplies with active PFC run at 0.95 or better above 20 % load (80 PLUS requires ≥ 0.9)"));

    private static final ObjectType STAGE = object("One power-chain stage, listed from the grid towards the chips.",
            required("name", text("Stage name, for reports.")),
            defaulted("kind", oneOf("What the stage is; decides its default heat sink and whether it sits in the rack "
                    + "(" + String.join(", ", Arrays.stream(StageKind.values()).filter(StageKind::inRackByDefault)
                            .map(StageKind::key).toList()) + " do).", keys(StageKind.values())),
                    StageKind.OTHER.key(), "a facility-side stage"),
            optional("in_rack", bool("True for stages behind the IT meter (their loss is inside the IT power). "
                    + "Default: true for kinds " + String.join(", ", Arrays.stream(StageKind.values())
                            .filter(StageKind::inRackByDefault).map(StageKind::key).toList()) + ".")),
            optional("heat_to", oneOf("Where the stage's loss goes as heat. Default: rack for in-rack stages, else "
                    + "outdoors for transformers, white_space for feeders, electrical_room for the rest.",
                    Arrays.stream(HeatSink.values()).map(HeatSink::key).toList())),
            optional("efficiency_curve", listOf("Efficiency of one unit against its load fraction, load fractions strictly increasing.",
                    CURVE_POINT, 2)),
            optional("loss_terms", LOSS_TERMS),
            optional("conductor", CONDUCTOR),
            optional("unit_rating_kw", number("Output rating of one unit; without it the stage is one unit sized to "
                    + "design load / design_load_fraction. For in-rack stages, per rack.", "kW").above(0)),
            optional("units", integer("Installed units, redundant ones included; derived from the ratings when left out. "
                    + "For in-rack stages, per rack.", 1, 1_000_000)),
            defaulted("redundancy", oneOf("Redundant units installed for the N needed; all share the load.", REDUNDANCY_KEYS),
                    Redundancy.N.key(), "no redundant unit unless given"))
            .exactlyOneOf("efficiency_curve", "loss_terms", "conductor");

    private static final ObjectType REDUNDANCY_OVERRIDES = object("Redundancy of a preset's stages by kind (with architecture only).",
            Arrays.stream(StageKind.values()).filter(k -> k != StageKind.FEEDER && k != StageKind.OTHER)
                    .map(k -> optional(k.key(), oneOf("Redundancy of the preset's " + k.key() + " stage.", REDUNDANCY_KEYS)))
                    .toArray(Field[]::new));

    private static final ObjectType STAGE_OVERRIDE = object("Parts of the preset's stage of one kind replaced, the rest "
            + "kept: a maker's curve, rating or count. compare --architectures applies it to every architecture with a stage of "
            + "that kind and says where none has one.",
            optional("efficiency_curve", listOf("Efficiency of one unit against its load fraction, load fractions strictly "
                    + "increasing.", CURVE_POINT, 2)),
            optional("loss_terms", LOSS_TERMS),
            defaulted("curve_source", text("Where the curve comes from (maker, model, document), for reports."), "scenario file",
                    "the file"),
            defaulted("curve_basis", oneOf("What the curve rests on: " + Arrays.stream(CurveBasis.values())
                    .map(b -> b.key() + " (" + b.label() + ")").collect(Collectors.joining(", ")) + ".",
                    keys(CurveBasis.values())), CurveBasis.SCENARIO.key(), "given in the scenario"),
            optional("unit_rating_kw", number("Output rating of one unit. For in-rack stages, per rack's unit.", "kW").above(0)),
            optional("units", integer("Installed units, redundant ones included. For in-rack stages, per rack.", 1,
                    1_000_000)));

    private static final ObjectType STAGE_OVERRIDES = object("Replacements for a preset's stages by kind (with architecture "
            + "only): the same override reaches every architecture that has a stage of the kind.",
            Arrays.stream(StageKind.values()).filter(k -> k != StageKind.FEEDER && k != StageKind.OTHER)
                    .map(k -> optional(k.key(), STAGE_OVERRIDE)).toArray(Field[]::new));

    private static final ObjectType FEEDER = object("The preset's feeder from the electrical room to the racks (with architecture only).",
            defaulted("length_m", number("Route length", "m").above(0).max(10_000), Architecture.Feeder.DEFAULT.lengthM(),
                    "assumption: electrical room to the middle of a hall"),
            defaulted("voltage_drop_fraction", number("Resistive voltage drop at design load", "").above(0).max(0.2),
                    Architecture.Feeder.DEFAULT.dropFraction(), "1 % is common practice for large feeders"),
            defaulted("material", oneOf("Conductor metal.", Arrays.stream(ConductorMaterial.values()).map(ConductorMaterial::key).toList()),
                    Architecture.Feeder.DEFAULT.material().key(), "copper"),
            defaulted("temperature_c", number("Conductor temperature assumed for the voltage-drop sizing; copper cables then "
                    + "run at the temperature their design current gives", "°C").min(-40).max(250),
                    Architecture.Feeder.DEFAULT.temperatureC(), "assumption: moderately loaded cable"),
            defaulted("air_temp_c", number("Air around the cables, for their current capacity (IEC 60364-5-52)", "°C")
                    .min(-40).max(80), Architecture.Feeder.DEFAULT.airC(), "the 30 °C of IEC 60364-5-52's tables: an "
                    + "air-conditioned electrical room and cable route"));

    private static final ObjectType POWER = object("The power chain from the grid to the chips: a preset or explicit stages.",
            optional("architecture", oneOf("A preset architecture (docs/power-architectures.md).",
                    Arrays.stream(Architecture.values()).map(Architecture::key).toList())),
            optional("stages", listOf("Explicit stages from the grid to the chips; in-rack stages last.", STAGE, 1)),
            defaulted("design_load_fraction", number("Share of its N capacity a stage carries at design IT load", "").above(0).max(1), 0.8,
                    "NEC 215.2/215.3: continuous loads sized at 125 %, i.e. equipment at no more than 80 % of rating"),
            optional("redundancy", REDUNDANCY_OVERRIDES),
            optional("stage_overrides", STAGE_OVERRIDES),
            optional("feeder", FEEDER))
            .exactlyOneOf("architecture", "stages");

    private static final ObjectType EVAPORATIVE = object("The evaporative air handler (with cooling.air.handler other than crah).",
            optional("effectiveness", number("Saturation (direct), wet-bulb (indirect) or dew-point (dew_point) effectiveness. "
                    + "Default by handler: " + String.join("; ", Arrays.stream(AirHandler.values()).filter(AirHandler::evaporative)
                            .map(h -> h.key() + " " + h.defaultEffectiveness() + " (" + h.effectivenessSource() + ")").toList()),
                    "").min(0).max(1)),
            defaulted("cycles_of_concentration", number("Sump water cycles of concentration: blow-down = evaporation / (C − 1)", "")
                    .above(1).max(20), 3.0, "EnergyPlus's evaporative-cooler examples use 3; DOE FEMP Best Management Practice 10 "
                    + "describes 3-6 for treated water"),
            defaulted("secondary_fan_w_per_m3_per_s", number("Indirect and dew-point coolers: outdoor-side fan power per m³/s of "
                    + "hall air at design", "W/(m³/s)").min(0).max(5000), 250.0,
                    "EnergyPlus's default sizing of an indirect evaporative cooler's secondary fan (EvaporativeCooler:Indirect:ResearchSpecial)"));

    private static final ObjectType REAR_DOORS = object("Rear-door heat exchangers on the racks: each door's coil takes heat from its "
            + "rack's exhaust into water, the rest stays in the room. Rated at one point; the coil is fitted on it (effectiveness-NTU).",
            defaulted("enabled", bool("false leaves the doors out (a sweep can compare with and without)."), true, "on when given"),
            defaulted("type", oneOf("active: doors with their own fans (30-75 kW racks); passive: the servers' fans push the air "
                    + "through the coil (up to about 35 kW).", List.of("active", "passive")), "active",
                    "active doors are the ones rated for AI racks above 30 kW"),
            optional("groups", listOf("The rack groups that have doors, by name. Default: every group.", text("A rack group's name."),
                    1)),
            defaulted("water", oneOf("The loop the doors sit on: chilled_water (the air side's), or facility_water (a liquid "
                    + "technology's, warmer).", List.of("chilled_water", "facility_water")), "chilled_water",
                    "door coils are rated on chilled water of 14-20 °C"),
            optional("rated_capacity_kw", number("Heat one door removes at its rating. Default: 50 kW active (within the 35-55 kW band "
                    + "of HPE's and Motivair's door models), 25 kW passive (IBM's passive door: 55-85 % of 20-32 kW racks): to confirm "
                    + "with the door's data sheet", "kW").above(0).max(300)),
            defaulted("rated_air_in_c", number("Air entering the coil at the rating", "°C").min(10).max(70), 45.0,
                    "the rating point of OCP's ACS Door Heat Exchanger Requirements for Open Rack, rev. 1.0: 45 °C in, 30 °C out, 16 °C water"),
            defaulted("rated_air_out_c", number("Air leaving the coil at the rating", "°C").min(5).max(70), 30.0,
                    "OCP ACS Door HX Requirements, rev. 1.0"),
            defaulted("rated_entering_water_c", number("Water entering at the rating", "°C").min(2).max(45), 16.0,
                    "OCP ACS Door HX Requirements, rev. 1.0"),
            defaulted("rated_water_rise_k", number("Water rise at the rating: sets the door's water flow, held at every load", "K")
                    .above(0).max(30), 5.0, "assumption: door coils are selected for a 4-6 K water rise; confirm with the data sheet"),
            optional("max_rack_kw", number("Most heat a rack may send through its door. Default: the rated capacity; a rack "
                    + "may also blow no more air than the door's rated airflow (its heat over crah_air_delta_t_k)", "kW").above(0)
                    .max(300)),
            defaulted("fan_power_fraction", number("Active doors: fan power at rated airflow over rated heat", "").min(0).max(0.1), 0.01,
                    "assumption: half the 2 % ceiling of OCP's ACS Door HX Requirements, rev. 1.0"));

    private static final ObjectType AIR = object("The air path: CRAH fans on a chilled-water loop, optionally an airside economizer.",
            defaulted("supply_air_temp_c", number("Air supplied to the IT inlets", "°C").min(5).max(45), 24.0,
                    "inside the ASHRAE TC 9.9 recommended envelope of 18-27 °C for every class"),
            defaulted("ashrae_class", oneOf("ASHRAE TC 9.9 air-cooled equipment class; the supply air must lie in its "
                    + "allowable range (" + String.join(", ", Arrays.stream(AirClass.values()).map(c -> String.format(
                            Locale.ROOT, "%s %.0f-%.0f", c.key(), c.allowableMinC(), c.allowableMaxC())).toList())
                    + " °C).", keys(AirClass.values())), AirClass.A1.key(),
                    "A1, the class of enterprise servers and the strictest"),
            defaulted("max_rack_air_kw", number("Heat per rack that air can remove; a rack sending more to air is an error",
                    "kW").above(0).max(200), 30.0,
                    "assumption: the upper end of the 20-30 kW per rack that air cooling handles with aisle containment; "
                    + "see ASHRAE TC 9.9, Emergence and Expansion of Liquid Cooling in Mainstream Data Centers (2021)"),
            defaulted("airside_economizer", bool("Cool with outdoor air when it is cold and dry enough (dew point from "
                    + "-9 to 15 °C, the ASHRAE recommended band)."), false, "off: most halls use a waterside economizer"),
            defaulted("chilled_water_supply_temp_c", number("Chilled-water supply temperature", "°C").min(4).max(30), 18.0,
                    "elevated chilled water for 24 °C supply air, coil approach about 5 K (ASHRAE TC 9.9)"),
            defaulted("chilled_water_delta_t_k", number("Chilled-water temperature rise", "K").above(0).max(20), 6.0,
                    "common design rise of 5.5-6.7 K (10-12 °F), ASHRAE Handbook HVAC Systems ch. 13"),
            defaulted("crah_air_delta_t_k", number("Air temperature rise across the racks", "K").min(3).max(25), 12.0,
                    "contained aisles run 10-15 K (ASHRAE TC 9.9)"),
            defaulted("crah_pressure_pa", number("CRAH fan total pressure rise at design", "Pa").above(0).max(3000), 400.0,
                    "coil, filter, and floor or duct losses of 250-500 Pa in CRAH catalogues"),
            defaulted("crah_fan_efficiency", number("CRAH fan wire-to-air efficiency", "").above(0).max(1), 0.6,
                    "EC plug fans: 55-65 % wire-to-air (AMCA 205 fan efficiency grades)"),
            defaulted("chilled_water_pump_head_kpa", number("Chilled-water pump head at design", "kPa").above(0).max(1500), 250.0,
                    "20-30 m typical of chilled-water distribution (ASHRAE Handbook HVAC Systems ch. 13)"),
            defaulted("handler", oneOf("What cools the hall's air before the chilled-water coils: crah (recirculation, optionally "
                    + "the airside economizer); direct_evaporative (outdoor air through wetted media, humidified within the ASHRAE "
                    + "class); indirect_evaporative (hall air through a plate exchanger against wetted outdoor air); "
                    + "dew_point_evaporative (an indirect Maisotsenko-cycle cooler). The chilled-water coils trim what an "
                    + "evaporative handler cannot carry.", keys(AirHandler.values())), AirHandler.CRAH.key(),
                    "recirculating CRAHs, the usual hall"),
            defaulted("evaporative", EVAPORATIVE, EMPTY_OBJECT, "see each field"),
            optional("rear_doors", REAR_DOORS));

    private static final ObjectType HEAT_REJECTION = object("How heat leaves the site, shared by every loop of the plant.",
            defaulted("rejection", oneOf("dry_cooler: closed dry coolers and air-cooled chillers, no water; adiabatic_dry_cooler: "
                    + "the same with pre-cooling pads wetted above adiabatic_switch_over_c; cooling_tower: open towers and "
                    + "water-cooled chillers, evaporating water.", List.of("dry_cooler", "adiabatic_dry_cooler", "cooling_tower")),
                    "dry_cooler", "water-free heat rejection, common for new AI halls in water-stressed regions"),
            defaulted("adiabatic_switch_over_c", number("Adiabatic dry coolers: dry bulb above which the pads are wetted", "°C")
                    .min(-10).max(50), 26.0, "assumption: vendors set it per site, commonly in the mid-20s °C; confirm with the "
                    + "unit's controls"),
            defaulted("pad_effectiveness", number("Adiabatic dry coolers: the pads' saturation effectiveness", "").min(0).max(1), 0.75,
                    "Evapco, Adiabatic pad saturation efficiency white paper (CTI Journal, 2019): 150 mm pads, worked example at 0.75"),
            defaulted("dry_cooler_air_rise_k", number("Adiabatic dry coolers: air rise across the coil at design, which sets the "
                    + "air (and pad water) flow", "K").above(0).max(30), 10.0, "assumption: dry coolers are selected for an air "
                    + "rise of 8-12 K"),
            defaulted("economizer", oneOf("Waterside economizer: dry coolers or towers carry load when outdoors is cold enough.",
                    List.of("waterside", "none")), "waterside", "ASHRAE 90.4 expects economizers on new data centers"),
            defaulted("dry_cooler_approach_k", number("Dry-cooler leaving water − outdoor dry bulb", "K").above(0).max(30), 6.0,
                    "dry-cooler catalogues select 5-8 K approach"),
            defaulted("dry_cooler_fan_w_per_kw", number("Dry-cooler fan power per kW rejected at design", "W/kW").min(0).max(200), 20.0,
                    "EC-fan dry coolers: 15-30 W per kW at design in manufacturer catalogues"),
            defaulted("tower_approach_k", number("Cooling-tower leaving water − wet bulb", "K").above(0).max(20), 4.0,
                    "design approach of 3-5 K (CTI; ASHRAE Handbook HVAC Systems ch. 40)"),
            defaulted("tower_range_k", number("Condenser-water temperature rise", "K").above(0).max(20), 5.6,
                    "the 10 °F range of AHRI 550/590 rating conditions"),
            defaulted("tower_fan_w_per_kw", number("Tower fan power per kW rejected at design", "W/kW").min(0).max(200), 12.0,
                    "induced-draft towers: about 0.04-0.06 kW per ton, i.e. 11-17 W per kW (ASHRAE 90.1 performance tables)"),
            defaulted("condenser_pump_head_kpa", number("Condenser-water pump head (towers)", "kPa").above(0).max(1500), 200.0,
                    "assumption: 20 m including the open tower's static lift"),
            defaulted("hx_approach_k", number("Plate heat-exchanger approach on the tower free-cooling path", "K").min(0).max(10), 1.5,
                    "plate heat exchangers are selected for 1-2 K approach"),
            defaulted("cycles_of_concentration", number("Tower water cycles of concentration", "").above(1).max(20), 4.0,
                    "3-6 cycles are typical of treated tower water (ASHRAE Handbook HVAC Applications ch. 50)"),
            defaulted("chiller_carnot_fraction", number("Air-cooled chiller COP / Carnot COP", "").above(0).below(1), 0.5,
                    "gives COP 3.07 at AHRI 550/590 air-cooled conditions, above the ASHRAE 90.1-2019 minimum 2.985"),
            defaulted("chiller_condenser_approach_k", number("Air-cooled: condensing temperature − outdoor dry bulb", "K")
                    .min(0).max(30), 15.0, "air-cooled condensers: 12-17 K"),
            defaulted("water_cooled_chiller_carnot_fraction", number("Water-cooled chiller COP / Carnot COP", "").above(0).below(1),
                    0.72, "gives COP 6.4 at AHRI 550/590 water-cooled conditions, above the ASHRAE 90.1-2019 minimum 6.28 "
                    + "(0.560 kW/ton) for large centrifugal chillers"),
            defaulted("water_cooled_condenser_approach_k", number("Water-cooled: condensing − leaving condenser water", "K")
                    .min(0).max(10), 1.5, "shell-and-tube condensers: 1-2 K"),
            defaulted("chiller_evaporator_approach_k", number("Leaving chilled water − evaporating temperature", "K").min(0).max(10), 1.5,
                    "flooded and plate evaporators: 1-2 K"),
            defaulted("pump_efficiency", number("Pump wire-to-water efficiency", "").above(0).max(1), 0.7,
                    "motor 95 % × drive 97 % × pump 75 % ≈ 0.7 for large end-suction pumps"),
            defaulted("min_speed_fraction", number("Lowest speed of variable-speed fans and pumps", "").min(0).max(1), 0.2,
                    "common VFD minimum of 10-12 Hz on 50-60 Hz motors"));

    private static ObjectType liquid(CoolingTechnology t, LiquidDefaults d) {
        return object("The liquid path of " + t.key() + " cooling, on " + d.coolant().name() + ": coolant loop, CDUs and facility water.",
                defaulted("capture_fraction", number("Share of IT heat captured by the liquid", "").min(0).max(1), d.captureFraction(),
                        d.captureSource()),
                defaulted("facility_water_class", oneOf("ASHRAE TC 9.9 liquid-cooling class; its number is the highest "
                        + "facility-water supply temperature allowed.", keys(FacilityWaterClass.values())), d.waterClass().key(),
                        "the class this technology is usually built for"),
                defaulted("facility_supply_temp_c", number("Facility-water supply temperature; at most the class maximum", "°C")
                        .min(2).max(60), d.supplyTempC(), d.supplySource()),
                defaulted("facility_delta_t_k", number("Facility-water temperature rise", "K").above(0).max(30), 10.0,
                        "ASHRAE TC 9.9 liquid-cooling guidelines design around 10 K"),
                defaulted("facility_pump_head_kpa", number("Facility-water pump head", "kPa").above(0).max(1500), 200.0,
                        "assumption: 20 m for a facility loop of dry coolers and CDU primaries"),
                defaulted("loop_delta_t_k", number("Coolant temperature rise across the IT", "K").above(0).max(30), d.loopDeltaTK(),
                        d.loopDeltaSource()),
                defaulted("coolant", d.coolant().twoPhase()
                        ? oneOf("The fluid in the tanks (aidcsim catalog lists it with its source)",
                                d.coolants().stream().map(Coolant::key).toList())
                        : keywordsOr(d.coolants().stream().map(Coolant::key).toList(), customCoolant()),
                        d.coolant().key(), "the fluid this technology is usually filled with"),
                d.branchCurve().isEmpty()
                        ? optional("loop_pump_head_kpa", number("Coolant pump head; this technology has no fluid pumps", "kPa").min(0)
                                .max(0))
                        : optional("loop_pump_head_kpa", number("Coolant pump head at design, if known; left out, it is computed "
                                + "from cooling.liquid.hydraulics", "kPa").min(0).max(1500)),
                defaulted("cdu_approach_k", number("Coolant supply − facility-water supply", "K").min(0).max(15), 4.0,
                        "assumption: CDU approach of 3-5 K, as liquid-to-liquid CDU data sheets give at rated flow"),
                defaulted("cdu_capacity_kw", number("Heat one CDU transfers at cdu_approach_k, as rated: with water on both sides "
                        + "for water and glycol loops (a glycol is derated from it by the exchanger's ε-NTU model, docs/models.md), "
                        + "with the fluid itself for dielectric and two-phase loops", "kW").above(0).max(20_000), 1000.0,
                        "assumption: a row-level CDU of 1 MW, inside the 150-2000 kW of liquid-to-liquid CDU ranges"),
                defaulted("cdu_arrangement", oneOf("shared: one CDU plant for every rack group on the loop, counted on their "
                        + "total heat; per_group: each group its own CDUs, counted and made redundant on its own heat.",
                        List.of("shared", "per_group")), "shared", "one CDU plant for the hall"),
                defaulted("cdu_redundancy", oneOf("Redundant CDUs installed for the N needed.", REDUNDANCY_KEYS), "N+1",
                        "N+1, the usual practice for CDUs"),
                defaulted("fluid_volume_l_per_rack", number("Coolant inventory per rack, tank or chassis set", "L").min(0).max(20_000),
                        Units.m3ToLitres(d.fluidVolumeM3PerRack()), d.fluidSource()),
                defaulted("facility_piping_length_m", number("Facility-water mains, supply and return, between the CDUs and the "
                        + "heat rejection: their water inventory", "m").min(0).max(100_000), 200.0,
                        "assumption: 2 × 100 m between a hall's CDUs and heat rejection on its roof or yard"),
                defaulted("remove_server_fans", bool("The servers run without their fans: their power leaves the IT load."),
                        d.removeServerFans(), d.removeServerFans() ? "immersed or sprayed servers need no fans"
                                : "cold-plate servers keep fans for the air-cooled rest"),
                defaulted("server_fan_power_fraction", number("Share of rack_power_kw that the servers' fans draw when air-cooled", "")
                        .min(0).max(0.5), 0.08, "assumption: 8 %, inside the 5-15 % reported for air-cooled servers at warm inlets"),
                d.branchCurve().isEmpty() ? null : defaulted("hydraulics", hydraulics(d), EMPTY_OBJECT, "see each field"),
                optional("chip", chip()),
                optional("heat_reuse", heatReuse()));
    }

    /**
     * The plant beyond its technology's defaults: a control law per pump, a minimum speed per fan,
     * components added after a named one. The names are the default topology's (docs/models.md).
     */
    private static ObjectType plant(CoolingTechnology t, List<PlantComponentType> componentTypes) {
        List<Field> pumps = new ArrayList<>();
        for (String name : PlantSizer.defaultPumps(t.hasLiquidLoop())) {
            pumps.add(optional(name, object("How the " + name + " are controlled.",
                    defaulted("control", oneOf("follows_load: speed tracks the flow on the system curve (power ∝ flow³ on a "
                            + "turbulent loop); constant_pressure: valves throttle, the pump holds its design head (power ∝ flow); "
                            + "proportional_pressure: the head falls to half at zero flow; constant_speed: design power whenever "
                            + "the plant runs", Arrays.stream(PumpControl.values()).map(PumpControl::key).toList()), "follows_load",
                            "variable-speed pumps on the loop's system curve"),
                    optional("min_flow_fraction", number("Lowest flow, as a fraction of design; default: "
                            + "heat_rejection.min_speed_fraction", "").min(0).max(1)))));
        }
        List<Field> fans = new ArrayList<>();
        for (String name : PlantSizer.defaultFans(t.hasLiquidLoop())) {
            fans.add(optional(name, object(name.equals(PlantSizer.CRAH_FANS) ? "The air handlers' fans."
                    : "The fans of the " + name + " loop's dry coolers or towers.",
                    required("min_speed_fraction", number("Lowest speed, as a fraction of design", "").min(0).max(1)))));
        }
        List<Object> added = new ArrayList<>();
        for (PlantComponentType type : componentTypes) {
            List<Field> fields = new ArrayList<>();
            fields.add(required("name", text("Its name, unique in the plant; summary.json reports it by this name", NAME_PATTERN)));
            fields.add(required("after", text("The component it follows in the flow of heat: one of the technology's ("
                    + String.join(", ", PlantSizer.defaultComponents(t.hasLiquidLoop(), false).stream()
                    .filter(n -> !n.equals(PlantSizer.CHILLED_WATER) && !n.equals(PlantSizer.FACILITY_WATER)
                            && !(type.onWater() && (n.equals(PlantSizer.CRAH_FANS) || n.equals(PlantSizer.AIRSIDE_ECONOMIZER)))).toList())
                    + (t.hasLiquidLoop() ? ", heat_reuse with a heat user" : "") + ") or one added before it")));
            fields.addAll(type.fields());
            added.add(type.key());
            added.add(object(type.description(), fields.toArray(new Field[0])));
        }
        return object("The plant's components beyond the technology's defaults.",
                defaulted("pumps", object("Control of the technology's pumps, by name.", pumps.toArray(new Field[0])), EMPTY_OBJECT,
                        "every pump follows the load"),
                defaulted("fans", object("Minimum speed of the technology's fans, by name; default: "
                        + "heat_rejection.min_speed_fraction.", fans.toArray(new Field[0])), EMPTY_OBJECT,
                        "heat_rejection.min_speed_fraction"),
                defaulted("add", listOf("Components added to the plant, each after a named one",
                        union("A component to add.", "type", added.toArray()), 0), List.of(), "none"));
    }

    private static ObjectType heatReuse() {
        return object("A heat user (district heating, a neighbouring building) fed from the facility-water return: directly "
                + "when the return is warm enough, else through the user's heat pump. Its electricity stays outside the PUE.",
                required("demand_kw", number("Heat the user takes at its supply temperature, at most", "kW").above(0).max(1e7)),
                required("supply_temp_c", number("Temperature the user needs its heat at (district heating 60-80 °C, "
                        + "low-temperature networks 30-50 °C)", "°C").min(10).max(120)),
                optional("below_outdoor_c", number("Take heat only while the outdoor dry bulb is below this (a heating "
                        + "season); all year when left out", "°C").min(-50).max(60)),
                defaulted("heat_pump_carnot_fraction", number("Heat pump COP / Carnot COP", "").above(0).below(1), 0.5,
                        "industrial heat pumps reach 40-60 % of Carnot (Arpagaus et al., Energy 152, 2018)"),
                defaulted("approach_k", number("Temperature difference across each exchanger", "K").min(0).max(20), 3.0,
                        "assumption: plate exchangers and heat-pump evaporators and condensers of 2-5 K"));
    }

    private static ObjectType customCoolant() {
        return object("The fluid in the technology cooling loop, by name (aidcsim catalog lists each with its source), or a "
                + "hydrocarbon single-phase fluid (PAO, GTL or mineral oil) described by its data sheet: its properties then "
                + "follow the petroleum-liquid correlations (ASTM D341 viscosity, ASTM D1250 expansion, Cragoe specific heat "
                + "and conductivity).",
                required("name", text("Product name, for reports")),
                required("density_15c_kg_per_m3", number("Density at 15 °C", "kg/m³").min(600).max(1300)),
                required("viscosity_40c_mm2_per_s", number("Kinematic viscosity at 40 °C (water 0.66; a value below 0.5 is "
                        + "likely m²/s or Pa·s: 1 mm²/s = 1e-6 m²/s)", "mm²/s").min(0.5).max(1000)),
                required("viscosity_100c_mm2_per_s", number("Kinematic viscosity at 100 °C; below the 40 °C value (water "
                        + "0.29)", "mm²/s").min(0.2).max(1000)),
                required("pour_point_c", number("Pour point: the lowest temperature the fluid is used at", "°C").min(-100).max(40)),
                defaulted("max_temp_c", number("Highest temperature the fluid is used at, well below its flash point", "°C")
                        .min(20).max(200), 100.0, "loops stay below 100 °C"),
                optional("source", text("Where the figures come from (data sheet, edition)")));
    }

    private static ObjectType flowPoint() {
        return object("One point of a flow-pressure-drop curve, measured with water at 25 °C.",
            required("flow_l_per_min", number("Flow through one branch", "L/min").above(0).max(100_000)),
            required("pressure_drop_kpa", number("Pressure drop at that flow", "kPa").min(0).max(10_000)));
    }

    private static ObjectType hydraulics(LiquidDefaults d) {
        List<Object> curve = new ArrayList<>();
        for (FlowCurve.Point p : d.branchCurve()) {
            // Ordered, so that the generated reference and schema are the same on every run.
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("flow_l_per_min", Units.m3PerSToLitrePerMin(p.flowM3PerS()));
            point.put("pressure_drop_kpa", Units.paToKpa(p.pressureDropPa()));
            curve.add(point);
        }
        return object("Pressure drops of the technology cooling loop, from which the pump head, the pump power at each "
                + "step's flow and the pump selection follow (ratings with water at 25 °C).",
                defaulted("branches_per_rack", integer("Parallel IT branches per rack: compute trays, chassis or tanks", 1, 1000),
                        d.branchesPerRack(), d.branchSource()),
                defaulted("branch_curve", listOf("Pressure drop of one branch against its flow, quick disconnects included, "
                        + "flows strictly increasing (ΔP = a·Q + b·Q² is fitted through it)", flowPoint(), 1), curve,
                        d.branchSource()),
                defaulted("manifold_kpa", number("Rack supply and return manifolds at design flow, selected for the loop's fluid", "kPa").min(0)
                        .max(1000), 20.0, "assumption: 10-30 kPa for rack manifolds at design flow"),
                defaulted("cdu_exchanger_kpa", number("CDU plate exchanger, secondary side, at design flow, selected for the loop's fluid", "kPa")
                        .min(0).max(1000), 50.0, "assumption: plate exchangers are selected for 30-70 kPa"),
                defaulted("piping_length_m", number("Equivalent length of supply and return piping per CDU, fittings included", "m")
                        .min(0).max(10_000), 100.0, "assumption: 2 × 30 m of row piping plus fittings"),
                defaulted("pipe_velocity_m_per_s", number("Highest mean velocity the pipes are sized for", "m/s").above(0).max(5), 2.0,
                        "ASHRAE Handbook Fundamentals ch. 22 keeps water velocity in closed loops within about 1.2-3 m/s"),
                defaulted("pipe_roughness_mm", number("Absolute roughness of the pipe wall", "mm").min(0).max(5), 0.045,
                        "commercial steel (Moody 1944)"));
    }

    private static ObjectType chip() {
        return object("The hottest chip on the liquid loop, for the temperature chain from "
            + "facility water to its case. Figures come from the chip's thermal design guide and the cold plate's data sheet; "
            + "no default is assumed.",
            required("power_w", number("Heat of one chip at design", "W").above(0).max(100_000)),
            required("case_limit_c", number("Highest case (lid) temperature allowed", "°C").above(0).max(150)),
            optional("resistance_k_per_w", number("Case to coolant inlet (single-phase, with water at design flow) or to the "
                    + "boiling fluid (two-phase); its convective part follows the flow through the plate as flow^-0.8", "K/W")
                    .above(0).max(10)),
            optional("cold_plate", keywordsOr(ColdPlateCurve.BUILT_IN.stream().map(ColdPlateCurve::key).toList(), COLD_PLATE)),
            optional("plate_flow_l_per_min", number("Coolant through the chip's cold plate at design. Default: the flow that "
                    + "carries the chip's heat at the loop's design rise", "L/min").above(0).max(1000)),
            defaulted("convective_share", number("Share of that resistance that is convection to the fluid", "").min(0).max(1), 0.5,
                    "assumption: convection is about half of case-to-coolant resistance for micro-channel cold plates"))
            .exactlyOneOf("resistance_k_per_w", "cold_plate");
    }

    private static final ObjectType COLD_PLATE_POINT = object("One measured point of a cold plate.",
            required("flow_l_per_min", number("Coolant flow through the plate", "L/min").above(0).max(1000)),
            required("resistance_k_per_w", number("Case-to-inlet resistance at that flow", "K/W").above(0).max(10)));

    private static final ObjectType COLD_PLATE = object("A cold plate's case-to-inlet resistance against flow, measured (the "
            + "built-in curves: ocp-1kw-oam-pg25 and ocp-1kw-oam-water, Chen et al., OCP OAI System Liquid Cooling Guidelines, "
            + "2023, Figs. 7 and 8); fitted as R·flow = a + b·flow.",
            required("fluid", oneOf("The coolant the points were measured with.", Coolant.all().stream().filter(c -> !c.twoPhase()
                    && c != Coolant.AIR).map(Coolant::key).toList())),
            required("points", listOf("Points in increasing flow.", COLD_PLATE_POINT, 2)),
            defaulted("pressure_drop_kpa", number("Pressure drop across the plate at rated_flow_l_per_min", "kPa").above(0)
                    .max(1000), 50.0, "the OCP cold-plate loop, 8 plates side by side at 10 L/min of PG25, as Modelica Buildings' "
                    + "ColdPlateR_P documentation states it"),
            defaulted("rated_flow_l_per_min", number("Flow through one plate at that pressure drop", "L/min").above(0).max(1000), 1.25,
                    "the OCP loop's 10 L/min over its 8 plates"),
            defaulted("flow_exponent", number("n of pressure drop ∝ flow^n", "").min(1).max(2), 1.85,
                    "Modelica Buildings' ColdPlateR_P documentation attributes it to a fit of Chen et al.'s data, its data records "
                    + "call it generic: confirm for your plate"));

    private static UnionType cooling(List<CoolingTechnology> technologies, List<PlantComponentType> componentTypes) {
        List<Object> alternatives = new ArrayList<>();
        for (CoolingTechnology t : technologies) {
            List<Field> fields = new ArrayList<>();
            t.liquid().ifPresent(d -> fields.add(defaulted("liquid", liquid(t, d), EMPTY_OBJECT, "see each field")));
            fields.add(defaulted("air", AIR, EMPTY_OBJECT, "see each field"));
            fields.add(defaulted("heat_rejection", HEAT_REJECTION, EMPTY_OBJECT, "see each field"));
            fields.add(defaulted("plant", plant(t, componentTypes), EMPTY_OBJECT, "the technology's own components, every pump "
                    + "following the load"));
            alternatives.add(t.key());
            alternatives.add(object(t.description(), fields.toArray(new Field[0])));
        }
        return union("How IT heat leaves the racks and the plant that rejects it.", "technology", alternatives.toArray());
    }

    private static final ObjectType SUPERCAP = object("A supercapacitor bank on the critical bus (milliseconds).",
            defaulted("cell_capacitance_f", number("Capacitance of one cell", "F").above(0).max(1e5), 3000.0,
                    "Maxwell BCAP3000 data sheet"),
            defaulted("cell_rated_voltage_v", number("Rated voltage of one cell", "V").above(0).max(10), 2.7, "Maxwell BCAP3000"),
            defaulted("cell_esr_mohm", number("Equivalent series resistance of one cell", "mΩ").min(0).max(1000), 0.29,
                    "Maxwell BCAP3000: ≤ 0.29 mΩ"),
            required("series", integer("Cells in series per string", 1, 100_000)),
            required("parallel", integer("Strings in parallel", 1, 100_000)),
            optional("max_cell_voltage_v", number("Top of the usable window per cell; at most the rated voltage. Default: "
                    + "the rated voltage.", "V").above(0)),
            optional("min_cell_voltage_v", number("Bottom of the usable window per cell. Default: half the top, which leaves "
                    + "1 − (½)² = 75 % of ½CV² usable.", "V").min(0)),
            defaulted("converter_efficiency", number("DC/DC converter efficiency, each way", "").above(0).max(1), 0.97,
                    "assumption: bidirectional DC/DC converters of 96-98 %"),
            required("converter_rating_kw", number("Converter power limit at the bus", "kW").above(0)));

    private static final ObjectType BATTERY = object("A UPS or DC-bus battery (minutes).",
            required("chemistry", oneOf("li_ion or vrla: sets efficiencies, Peukert exponent and float losses (see each field).",
                    Arrays.stream(Chemistry.values()).map(Chemistry::key).toList())),
            required("energy_kwh", number("Nominal energy", "kWh").above(0)),
            defaulted("max_discharge_c_rate", number("Highest discharge power / nominal energy per hour", "1/h").above(0).max(10_000),
                    BackupDefaults.MAX_DISCHARGE_C_RATE, "UPS cells sized for 15-minute autonomy deliver about 4C"),
            defaulted("max_charge_c_rate", number("Highest recharge power / nominal energy per hour", "1/h").min(0).max(100),
                    BackupDefaults.MAX_CHARGE_C_RATE, "assumption: UPS chargers recharge in about 4-5 hours"),
            defaulted("floor_soc", number("State of charge at which discharge stops", "").min(0).below(1), BackupDefaults.FLOOR_SOC,
                    "assumption: 10 % reserve protects the cells"),
            defaulted("initial_soc", number("State of charge at the start", "").min(0).max(1), BackupDefaults.INITIAL_SOC,
                    "fully charged on float"),
            defaulted("response_s", number("Time from a utility loss until the battery carries load", "s").min(0).max(60),
                    BackupDefaults.RESPONSE_S,
                    "a battery on the UPS or HVDC DC bus carries without transfer (a rack BBU takes over within 4 ms: OCP ORv3 BBU specification)"),
            defaulted("peukert_reference_hours", number("Discharge time at which energy_kwh is rated", "h").above(0).max(100),
                    BackupDefaults.PEUKERT_REFERENCE_HOURS,
                    "lead-acid capacities are rated at 20 h (C20)"),
            optional("peukert_exponent", number("Peukert exponent; default by chemistry: 1.0 Li-ion, 1.25 VRLA (assumption "
                    + "within the 1.1-1.3 of flooded and up to 1.4 of VRLA cells in battery handbooks)", "").min(1).max(2)),
            optional("charge_efficiency", number("Energy stored / energy taken; default by chemistry (Li-ion 97.5 %, VRLA 91 %: "
                    + "round trip 95 % and 83 %; assumption within the published 95 % and 80-85 %)", "").above(0).max(1)),
            optional("discharge_efficiency", number("Energy delivered / energy drawn; default as charge_efficiency", "").above(0).max(1)),
            optional("float_loss_fraction", number("Float losses as a fraction of the battery's power rating; default by "
                    + "chemistry: 0.1 % Li-ion, 0.2 % VRLA (assumption: typical float currents of UPS batteries)", "").min(0).max(0.1)));

    private static final ObjectType GENERATORS = object("Diesel generator sets (hours).",
            required("units", integer("Sets installed", 1, 10_000)),
            required("unit_rating_kw", number("Electrical rating of one set", "kW").above(0)),
            defaulted("start_delay_s", number("Start request to online", "s").min(0).max(600), BackupDefaults.START_DELAY_S,
                    "NFPA 110 Type 10: power restored within 10 s"),
            defaulted("load_step_fraction", number("Share of online capacity accepted per load step", "").above(0).max(1),
                    BackupDefaults.LOAD_STEP_FRACTION,
                    "assumption: turbocharged diesel sets accept about half their rating in a first step (ISO 8528-5)"),
            defaulted("load_step_interval_s", number("Time between load steps", "s").min(0).max(600),
                    BackupDefaults.LOAD_STEP_INTERVAL_S,
                    "assumption: about 5 s to recover frequency between steps (ISO 8528-5)"),
            optional("ramp_kw_per_s", number("Largest output increase of the plant per second; none when left out", "kW/s").above(0)),
            defaulted("tank_hours_at_full_load", number("Fuel in each set's tank, in hours at full load", "h").min(0).max(10_000),
                    BackupDefaults.TANK_HOURS_AT_FULL_LOAD,
                    "assumption: a day of fuel on site"));

    private static final ObjectType TRANSFER_SWITCH = object("The automatic transfer switch between utility and generators.",
            defaulted("transfer_time_s", number("Open-transition transfer time, either way", "s").min(0).max(60), 0.1,
                    "assumption: open-transition ATS of about 100 ms"),
            defaulted("retransfer_delay_s", number("How long the utility must be back before the load returns to it", "s").min(0)
                    .max(Units.SECONDS_PER_DAY), 300.0, "common ATS default of 5 minutes"));

    private static final ObjectType BACKUP = object("Backup layers: supercapacitors, battery, generators, transfer switch. "
            + "Left out, a chain with a UPS, rectifier or SST is given a battery (" + BackupDefaults.CHEMISTRY.key() + ", "
            + Math.round(BackupDefaults.AUTONOMY_S / 60) + " minutes at design IT load; " + BackupDefaults.AUTONOMY_SOURCE
            + ") and generator sets (" + BackupDefaults.GENERATOR_SOURCE + "), and the run summary says so; write "
            + "backup: none to model none.",
            optional("supercap", SUPERCAP),
            optional("battery", BATTERY),
            optional("generators", GENERATORS),
            defaulted("transfer_switch", TRANSFER_SWITCH, EMPTY_OBJECT, "see each field"));

    private static final UnionType TRANSIENT_LOAD = union("The critical load at this time scale, as a fraction of the racks' peak draw (racks × rack_power_kw × utilization).", "type",
            "constant", object("A flat load.",
                    defaulted("fraction", number("Load, fraction of the racks' peak draw", "").min(0).max(1), 1.0, "the peak draw")),
            "training", object("AI training swings: ramp to high, hold, ramp to low, hold, every period (synchronous training swings every 1-2 s: Choukse et al., Power Stabilization for AI Training Datacenters, arXiv:2508.14318, 2025).",
                    required("low_fraction", number("Low level, fraction of the racks' peak draw", "").min(0).max(1)),
                    required("high_fraction", number("High level, fraction of the racks' peak draw", "").min(0).max(1)),
                    required("period_s", number("Swing period", "s").above(0).max(3600)),
                    defaulted("ramp_s", number("Duration of each ramp; at most half the period", "s").min(0).max(1800), 0.1,
                            "assumption: GPUs step their power within about 100 ms")),
            "inference", object("Inference bursts arriving at random (seeded Poisson process).",
                    required("base_fraction", number("Level between bursts, fraction of the racks' peak draw", "").min(0).max(1)),
                    required("burst_fraction", number("Level during a burst, fraction of the racks' peak draw", "").min(0).max(1)),
                    required("burst_duration_s", number("Duration of a burst", "s").above(0).max(3600)),
                    required("mean_interval_s", number("Mean time between burst starts", "s").above(0).max(Units.SECONDS_PER_DAY)),
                    defaulted("seed", integer("Random seed: the same seed gives the same bursts", 0, Long.MAX_VALUE), 1, "seed 1")),
            "trace", object("A measured trace: a CSV file with columns time_s,power_kw.",
                    required("file", text("Path of the CSV trace, relative to the scenario file."))));

    private static final UnionType TRANSIENT_EVENT = union("Something that happens during the window.", "type",
            "grid_outage", object("The utility is lost.",
                    required("at_s", number("Start, from the start of the window", "s").min(0)),
                    required("duration_s", number("Duration", "s").above(0))),
            "voltage_sag", object("The utility voltage dips; deeper than sag_tolerance_fraction, the critical bus rides on storage.",
                    required("at_s", number("Start", "s").min(0)),
                    required("duration_s", number("Duration", "s").above(0)),
                    required("depth_fraction", number("Voltage lost, fraction of nominal", "").above(0).max(1))),
            "generator_fail_to_start", object("Some generator sets do not start.",
                    defaulted("units", integer("Sets that fail to start", 1, 10_000), 1, "one set")));

    private static final ObjectType SMOOTHING = object("Storage holds the grid-side ramp (and peak) of a swinging load.",
            required("ramp_limit_mw_per_s", number("Largest grid-side change per second", "MW/s").above(0)),
            optional("peak_limit_mw", number("Largest grid-side power", "MW").above(0)),
            defaulted("time_constant_s", number("Time constant of the load average the grid follows", "s").above(0).max(3600), 10.0,
                    "assumption: several swing periods, so the grid sees the average"));

    /** Round-trip efficiency of in-rack storage when the file gives none, by kind; see the field's default source. */
    static final double CAPACITOR_SHELF_ROUND_TRIP = 0.95;
    static final double BBU_ROUND_TRIP = 0.90;

    private static final ObjectType IN_RACK = object("Storage inside the racks (capacitor shelves or battery backup units) that "
            + "smooths each rack's feed before the facility sees it, and carries the racks when the facility cannot.",
            defaulted("kind", oneOf("capacitor_shelf: capacitors in the power shelves or a capacitor shelf (milliseconds to "
                    + "seconds); bbu: battery backup units (seconds to minutes).", List.of("capacitor_shelf", "bbu")), "capacitor_shelf",
                    "the in-rack storage of current rack-scale AI systems (GB300 NVL72 power shelves)"),
            optional("energy_kj_per_rack", number("Usable energy per rack; default: the racks' catalogue systems' capacitor "
                    + "(capacitor_shelf) or battery backup (bbu) energy", "kJ").above(0).max(1e6)),
            optional("power_kw_per_rack", number("Largest power per rack either way; default: the rack's design draw "
                    + "(assumption: the storage converter carries its rack)", "kW").above(0).max(2000)),
            required("ramp_limit_kw_per_s_per_rack", number("Largest change per second of each rack's feed", "kW/s").above(0)),
            defaulted("time_constant_s", number("Time constant of the rack-demand average the feed follows", "s").above(0).max(3600), 1.0,
                    "assumption: a few swing periods of a fast training step, within what capacitors hold"),
            optional("round_trip_efficiency", number("Energy out / energy in over a cycle; default " + CAPACITOR_SHELF_ROUND_TRIP
                    + " for capacitor_shelf (a bidirectional DC/DC converter of about 97.5 % each way), " + BBU_ROUND_TRIP
                    + " for bbu (Li-ion cells about 95 % at 1-2 C times the converter both ways)", "").above(0).max(1)));

    /** The plant components a ride-through can feed from another bus, in the order a search puts them on the UPS. */
    public static final List<String> RIDE_THROUGH_LOADS = List.of("cdu_pumps", "facility_water_pump", "crah_fans", "chilled_water_pump",
            "facility_water", "chilled_water");

    private static final ObjectType RIDE_THROUGH = object("Cooling in the transient: each cooling load stops when its bus is lost "
            + "and restarts after it returns, while the hall's coolant, water and air carry the heat; aidcsim reports the time "
            + "to each limit and the smallest tank or set of loads on UPS that keeps every limit (docs/backup-transients.md).",
            defaulted("on_ups", listOf("Cooling loads fed by the UPS (they never stop): any of " + String.join(", ",
                    RIDE_THROUGH_LOADS), oneOf("A plant component", RIDE_THROUGH_LOADS), 0), List.of(),
                    "none: the usual design feeds cooling from the generator bus"),
            defaulted("on_utility", listOf("Cooling loads fed by the utility only (back only with it)", oneOf("A plant component",
                    RIDE_THROUGH_LOADS), 0), List.of(), "none: every load not on UPS is on the generator bus"),
            defaulted("pump_restart_s", number("Pumps and fans: from their bus returning to their restart (controls, soft "
                    + "starters, a staggered sequence)", "s").min(0).max(3600), 5.0, "assumption: a few seconds of "
                    + "controller boot and stagger; generator and cooling fans back 15-45 s after a loss"),
            defaulted("pump_ramp_s", number("Pumps and fans: from restart to full speed", "s").min(0).max(3600), 10.0,
                    "assumption: variable-speed drive acceleration ramps of 5-20 s"),
            defaulted("chiller_restart_s", number("Chillers and heat rejection: from their bus returning to their first "
                    + "compressor", "s").min(0).max(7200), 480.0, "8 min: the upper end of the 4-8 min of conventional chiller "
                    + "restarts (vendor restart sequences: controller boot, oil and flow checks, restart inhibit timers of 1-3 min, "
                    + "YORK YK 2.5 min coast-down)"),
            defaulted("chiller_ramp_s", number("Chillers: from first compressor to full capacity", "s").min(0).max(7200), 120.0,
                    "assumption: lead, lag and standby compressors staged 45-90 s apart (Carrier 17/19EX auto-restart)"),
            defaulted("tank_m3", number("Buffer tanks of water, split between the liquid loop's facility water and the air "
                    + "side's chilled water in proportion to the heat each carries", "m³").min(0).max(100_000), 0.0, "none"),
            defaulted("at_limit", oneOf("What the IT does when a limit is crossed: continue (the run shows how far past it) or "
                    + "shutdown (its heat stops; the electrical run is not redone)", List.of("continue", "shutdown")), "continue",
                    "continue: the run shows the whole excursion"),
            defaulted("room_height_m", number("Height of the white space's air volume (floor to ceiling)", "m").above(0).max(30),
                    4.0, "assumption: 3-4.5 m of a raised floor or slab hall with containment"),
            defaulted("it_mass_kj_per_k_per_rack", number("Heat capacity of a rack's IT equipment, which the room air warms",
                    "kJ/K").min(0).max(100_000), 240.0, "20 two-U servers of 12 kJ/K (Ibrahim et al., 'Characterization of a "
                    + "Server Thermal Mass Using Experimental Measurements', IPACK2011-52165)"),
            defaulted("it_mass_time_constant_s", number("Time constant of that mass's exchange with the air: heat capacity / h·A",
                    "s").above(0).max(36_000), 300.0, "servers' thermal time constants of several minutes (Erden, Khalifa, "
                    + "Schmidt, J. Electron. Packag. 136(3), 2014)"),
            defaulted("plate_kj_per_k_per_chip", number("Heat capacity of a chip's cold plate with the coolant held in it and "
                    + "its share of the rack manifold", "kJ/K").above(0).max(1000), 0.5, "assumption to confirm: a copper plate "
                    + "of about 0.25 kg (96 J/K) and about 0.1 L of coolant (420 J/K)"));

    private static final ObjectType TRANSIENT = object("A sub-second simulation window for outages and load swings (aidcsim transient).",
            required("duration_s", number("Window length", "s").above(0).max(7 * Units.SECONDS_PER_DAY)),
            defaulted("step_s", number("Fixed step", "s").min(1e-5).max(1), 0.001, "1 ms resolves supercapacitor and transfer events"),
            defaulted("output_step_s", number("Step of transient.csv; powers are averaged over it", "s").min(1e-5).max(3600), 0.1,
                    "10 rows per second"),
            defaulted("load", TRANSIENT_LOAD, Map.of("type", "constant"), "the design load, flat"),
            defaulted("events", listOf("Events in the window.", TRANSIENT_EVENT, 0), List.of(), "none"),
            optional("smoothing", SMOOTHING),
            optional("in_rack", IN_RACK),
            optional("cooling", RIDE_THROUGH),
            defaulted("sag_tolerance_fraction", number("Deepest sag the critical bus rides through without storage", "")
                    .min(0).max(1), 0.1, "assumption: UPS rectifier input window of about −10 %"));

    private static final ObjectType UNIT_COSTS = object("Installed unit costs, in the economics currency.",
            Arrays.stream(PriceItem.values()).map(p -> defaulted(p.key(), number(p.description(), p.basis().label()).min(0),
                    p.defaultPrice(), p.source())).toArray(Field[]::new));

    private static final ObjectType ECONOMICS = object("Cost and carbon: CAPEX, OPEX, TCO and operational CO₂.",
            defaulted("currency", text("Label of the currency of every price"), "USD", "US dollars"),
            defaulted("years", integer("TCO horizon", 1, 100), 10, "assumption: a 10-year view, about one IT refresh cycle"),
            defaulted("discount_rate", number("Yearly discount rate", "").min(0).max(1), 0.08, "assumption: 8 % cost of capital"),
            optional("electricity_price_per_kwh", number("Electricity price. Default: the site's state or country in the "
                    + "shipped table (docs/sweeps-and-economics.md), else 0.08 USD", "per kWh").min(0)),
            optional("water_price_per_m3", number("Water price (supply and discharge). Default: the site's in the shipped "
                    + "table, else 3.0 USD", "per m³").min(0)),
            defaulted("fuel_price_per_l", number("Diesel price", "per L").min(0), 1.2, "assumption"),
            defaulted("maintenance_fraction_per_year", number("Yearly maintenance as a share of CAPEX", "").min(0).max(1), 0.03,
                    "assumption: 2-4 % of capital cost per year is common in facility budgets"),
            defaulted("generator_test_hours_per_year", number("Hours the generators run loaded for tests each year", "h").min(0)
                    .max(8760), 12.0, "NFPA 110 monthly exercise of about an hour"),
            optional("grid_carbon_g_per_kwh", number("Grid carbon intensity. Default: the site's province, state or "
                    + "country in the shipped table, else 450 (a world-average grid)", "g CO₂/kWh").min(0).max(2000)),
            optional("load_ramp", listOf("Share of the IT load in each year of the TCO horizon, from year 1; the last share "
                    + "holds for the years after it. The hall is built for the full load (CAPEX unchanged); each year's energy "
                    + "comes from its own annual run at that share, so part-load efficiency shows in the TCO. At most `years` "
                    + "shares.", number("Share of the scenario's IT load that year", "").above(0).max(1), 1)),
            optional("grid_carbon_file", text("CSV of hourly intensities: a header, then one g_co2_per_kwh value per hour of "
                    + "the year (8760 rows), relative to the scenario file.")),
            defaulted("unit_costs", UNIT_COSTS, EMPTY_OBJECT, "see each field"));

    private static final ObjectType SWEEP_RANGE = object("Values from, to (included) in steps.",
            required("from", number("First value", "")),
            required("to", number("Last value (included when the steps reach it)", "")),
            required("step", number("Step", "").above(0)));

    private static final ObjectType SWEEP_DIMENSION = object("One swept field.",
            required("path", text("Field path, like it.groups[0].rack_power_kw or cooling.technology.")),
            optional("values", listOf("Values to try.", scalar("A value of the swept field's type."), 1)),
            optional("range", SWEEP_RANGE))
            .exactlyOneOf("values", "range");

    private static final UnionType STUDY_DISTRIBUTION = union("The input's distribution, in the field's own unit.", "type",
            "uniform", object("Every value from min to max equally likely.",
                    required("min", number("Lowest value", "")), required("max", number("Highest value", ""))),
            "normal", object("Normal (Gaussian).",
                    required("mean", number("Mean", "")), required("sd", number("Standard deviation", "").min(0))),
            "triangular", object("Triangular: from min to max, most likely at mode.",
                    required("min", number("Lowest value", "")), required("mode", number("Most likely value", "")),
                    required("max", number("Highest value", ""))),
            "lognormal", object("Lognormal: its logarithm is normal; for prices and growth that cannot go below zero.",
                    required("median", number("Median (half the samples above it)", "").above(0)),
                    required("sigma", number("Standard deviation of the natural logarithm", "").min(0).max(5))),
            "discrete", object("One of the values, each with its weight (equal weights when none are given).",
                    required("values", listOf("The values, of the field's type (numbers, names, weather files).",
                            scalar("A value of the field's type."), 1)),
                    optional("weights", listOf("One weight per value, not all zero.", number("Weight", "").min(0), 1))));

    private static final ObjectType STUDY_INPUT = object("One uncertain field.",
            required("path", text("Field path, like it.groups[0].utilization or site.weather.file.")),
            required("distribution", STUDY_DISTRIBUTION));

    private static final ObjectType STUDY = object("A study under uncertainty (aidcsim study): every uncertain field sampled, "
            + "each sample run as a variant, the distribution of every metric reported.",
            defaulted("samples", integer("Samples to run (more than 1,000,000 on the Spark engine only)", 1, 1_000_000_000), 200L,
                    "assumption: 200 Latin-hypercube samples put P10 and P90 within a few per cent of their limit for smooth metrics"),
            defaulted("seed", integer("Seed of the sampler: the same seed gives the same samples", 0, Long.MAX_VALUE), 1L,
                    "any fixed number"),
            defaulted("sampling", oneOf("latin_hypercube (stratified in every input), sobol (a randomly shifted Sobol' "
                    + "sequence) or random (plain Monte Carlo).", List.of("latin_hypercube", "sobol", "random")),
                    "latin_hypercube", "McKay, Beckman and Conover (1979): fewer samples than plain Monte Carlo for the same "
                    + "accuracy of means and percentiles"),
            required("inputs", listOf("The uncertain fields.", STUDY_INPUT, 1)),
            defaulted("metrics", listOf("Metrics the tornado ranks the inputs for (keys of docs/outputs.md).",
                    text("A metric key."), 1), List.of("pue", "tco"), "the two every owner asks about"));

    private static final ObjectType PORTFOLIO_SET = object("One field the site or design sets.",
            required("path", text("Field path, like site.weather.file or cooling.technology.")),
            required("value", scalar("Its value, of the field's type.")));

    private static final ObjectType PORTFOLIO_ENTRY = object("A site or a design: a name and the fields it sets.",
            required("name", text("Its name in the ranking.")),
            required("set", listOf("The fields it sets.", PORTFOLIO_SET, 1)));

    private static final ObjectType PORTFOLIO = object("Candidate sites × designs (aidcsim portfolio): every pair run, ranked, "
            + "and the Pareto front across them.",
            required("sites", listOf("Candidate sites: a weather file, a country, prices.", PORTFOLIO_ENTRY, 1)),
            required("designs", listOf("Candidate designs.", PORTFOLIO_ENTRY, 1)),
            defaulted("rank_by", listOf("Two metrics: the first ranks the pairs, the two make the Pareto front (keys of "
                    + "docs/outputs.md).", text("A metric key."), 2), List.of("tco", "pue"), "what an owner weighs first"));

    private static ObjectType reliabilityOverrides() {
        var defaults = ReliabilityCatalog.defaults();
        return object("Failure data by component type, replacing the defaults (docs/availability.md).",
                defaults.entrySet().stream().map(e -> optional(e.getKey(), object("Failure and repair of a " + e.getKey()
                        + ". Default: " + e.getValue().failuresPerYear() + "/yr, " + e.getValue().repairHours() + " h ("
                        + e.getValue().source() + ").",
                        required("failures_per_year", number("Failure rate", "1/yr").min(0).max(10_000)),
                        required("repair_hours", number("Mean time to repair", "h").above(0).max(1e6)))))
                        .toArray(Field[]::new));
    }

    private static final ObjectType AVAILABILITY = object("Monte Carlo of how often the IT load loses power (aidcsim availability).",
            defaulted("years", number("Years simulated", "yr").min(100).max(1e8), 50_000.0,
                    "enough for tight confidence intervals at four to six nines in about a second"),
            defaulted("seed", integer("Random seed: the same seed gives the same result", 0, Long.MAX_VALUE), 1, "seed 1"),
            optional("battery_autonomy_s", number("Battery autonomy at design load; from backup.battery when left out", "s").min(0)),
            defaulted("redundancy_group_units", integer("Largest number of working units in one redundant group (a UPS system, "
                    + "a rectifier DC system, a CDU row): N+1 means N of N+1 within a group of at most this N", 1, 1000), 4,
                    "assumption: groups of up to 4 working units, as in 4+1 rectifier cabinets or paralleled UPS modules"),
            defaulted("static_bypass", bool("UPS static bypass: when modules fail, the load runs on the source unprotected"), true,
                    "double-conversion UPS systems are built with one"),
            defaulted("generator_fail_to_start_probability", number("Probability a set fails to start on demand", "").min(0).max(1),
                    0.01, "assumption: about 1 % per demand, the order of older IEEE 493 surveys"),
            defaulted("components", reliabilityOverrides(), EMPTY_OBJECT, "the defaults of each type"));

    private static final ObjectType SIMULATION = object("The simulated period and step.",
            defaulted("start_day", integer("First day simulated, 1 = 1 January", 1, 365), 1, "the whole year"),
            defaulted("days", integer("Number of days simulated", 1, 3650), 365, "the whole year"),
            defaulted("step_s", integer("Step length in seconds; divides 3600", 60, 3600), 3600,
                    "hourly, the resolution of EPW weather"));

    private static final ObjectType OUTPUTS = object("What `aidcsim run` writes besides summary.json.",
            defaulted("hourly_csv", bool("Write hourly.csv, one row per step."), true, "on"),
            defaulted("charts", bool("Write monthly-pue and pue-heatmap charts (PNG and SVG)."), true, "on"));

    private static final ObjectType STANDARDS = object("What the standards' figures need beyond the physics (docs/standards.md).",
            defaulted("renewable_fraction", number("Share of the facility energy from renewable sources: guarantees of origin, "
                    + "power purchase agreements, on-site generation (ISO/IEC 30134-3 REF)", "").min(0).max(1), 0.0,
                    "none unless the file says so"),
            optional("china_scale", oneOf("Size class in China's policy documents. Default: large from 3,000 standard racks "
                    + "of 2.5 kW of IT nameplate (MIIT), else medium_or_small.", List.of("large", "medium_or_small"))),
            defaulted("china_hub_node", oneOf("Whether the site lies in a national computing hub node (east or west) of "
                    + "China's integrated big-data-center system.", List.of("none", "east", "west")), "none", "outside the hub nodes"),
            optional("renewable_fraction_file", text("CSV of the hourly certified renewable share of the grid energy: a "
                    + "header fraction, then 8760 values from 0 to 1; replaces renewable_fraction")),
            optional("onsite_generation_file", text("CSV of hourly on-site renewable generation (PV, wind): a header kw, "
                    + "then 8760 values; what the site uses of it counts as renewable (ISO/IEC 30134-3)")),
            optional("annual_precipitation_mm", number("Annual precipitation at the site, for the ASHRAE 169 moisture letter "
                    + "(TMY3 weather files carry none)", "mm").min(0).max(15_000)),
            optional("climate_moisture", oneOf("ASHRAE 169 moisture letter of the site's climate zone, if known: A moist, "
                    + "B dry, C marine; wins over the one derived from the weather.", List.of("A", "B", "C"))),
            optional("ashrae_90_4", object("The ASHRAE 90.4 maxima for the site's climate zone, from the edition that applies; "
                    + "aidcsim does not reproduce the standard's tables.",
                    optional("max_annualized_mlc", number("Maximum annualized mechanical load component", "").above(0).max(5)),
                    optional("max_design_mlc", number("Maximum design mechanical load component", "").above(0).max(5)),
                    optional("max_elc", number("Maximum electrical loss component", "").above(0).max(5)))),
            optional("applies", object("Frameworks that apply (true) or not (false) at this site where the default by the site's "
                    + "country is wrong: a US state whose code has not adopted ASHRAE 90.4, an EEA state that has taken in the "
                    + "EU directive (docs/standards.md).", Arrays.stream(Framework.values()).map(f -> optional(f.key(),
                            bool(f.title()))).toArray(Field[]::new))),
            optional("assess_also", listOf("Frameworks to judge the design by although they do not apply at the site: its "
                    + "limits are listed with their verdicts, marked as assessed on request.", oneOf("A framework.",
                            Arrays.stream(Framework.values()).map(Framework::key).toList()), 1)));

    private static ObjectType scenarioType(UnionType cooling) {
        return object("An aidcsim scenario: one site, its IT load, power chain and cooling.",
            optional("$schema", text("Path or URL of this schema, for editors.")),
            required("name", text("Scenario name: letters, digits, '.', '_' and '-'; names the output folder.", NAME_PATTERN)),
            optional("description", prose("What this scenario is for.")),
            required("site", SITE),
            required("it", IT),
            required("power", POWER),
            required("cooling", cooling),
            optional("backup", keywordOr("none", BACKUP)),
            defaulted("economics", ECONOMICS, EMPTY_OBJECT, "see each field"),
            defaulted("availability", AVAILABILITY, EMPTY_OBJECT, "see each field"),
            defaulted("standards", STANDARDS, EMPTY_OBJECT, "see each field"),
            optional("sweep", listOf("Variants to run with aidcsim sweep: the Cartesian product of every dimension.",
                    SWEEP_DIMENSION, 1)),
            optional("study", STUDY),
            optional("portfolio", PORTFOLIO),
            optional("transient", TRANSIENT),
            defaulted("simulation", SIMULATION, EMPTY_OBJECT, "a whole year of hourly steps"),
            defaulted("outputs", OUTPUTS, EMPTY_OBJECT, "see each field"));
    }

    /**
     * The format with the built-in cooling technologies: what every command reads. Declared last:
     * it is built from the field types above, which must be initialised first.
     */
    public static final ScenarioFormat DEFAULT = new ScenarioFormat(CoolingTechnology.BUILT_IN);
}
