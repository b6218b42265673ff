package org.aidcsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ConductorMaterial;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;
import org.aidcsim.scenario.ScenarioSpec.AirSpec;
import org.aidcsim.scenario.ScenarioSpec.ConstantProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.ConstantWeather;
import org.aidcsim.scenario.ScenarioSpec.ConductorSpec;
import org.aidcsim.scenario.ScenarioSpec.CoolingSpec;
import org.aidcsim.scenario.ScenarioSpec.CurvePointSpec;
import org.aidcsim.scenario.ScenarioSpec.DiurnalProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.EpwWeather;
import org.aidcsim.scenario.ScenarioSpec.HeatRejectionSpec;
import org.aidcsim.scenario.ScenarioSpec.ItSpec;
import org.aidcsim.scenario.ScenarioSpec.LiquidSpec;
import org.aidcsim.scenario.ScenarioSpec.LossTermsSpec;
import org.aidcsim.scenario.ScenarioSpec.OutputsSpec;
import org.aidcsim.scenario.ScenarioSpec.PowerSpec;
import org.aidcsim.scenario.ScenarioSpec.ProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioSpec.SimulationSpec;
import org.aidcsim.scenario.ScenarioSpec.SiteSpec;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.scenario.ScenarioSpec.WeatherSpec;

/**
 * Binds a validated, default-filled document (see {@link org.aidcsim.schema.Validator})
 * into {@link ScenarioSpec} records. The validator has already checked every type and bound, so a
 * failure here is a bug, not a user's mistake.
 */
final class SpecBinder {
    private SpecBinder() {
    }

    static ScenarioSpec bind(Map<String, Object> doc) {
        Map<String, Object> site = obj(doc, "site");
        Map<String, Object> power = obj(doc, "power");
        Map<String, Object> simulation = obj(doc, "simulation");
        return new ScenarioSpec(str(doc, "name"), Optional.ofNullable((String) doc.get("description")),
                new SiteSpec(weather(obj(site, "weather")), num(site, "white_space_m2_per_rack"), num(site, "support_power_w_per_m2")),
                new ItSpec(list(obj(doc, "it"), "groups").stream().map(SpecBinder::group).toList()),
                power(power),
                cooling(obj(doc, "cooling")),
                Optional.ofNullable(doc.get("backup")).map(SpecBinder::asMap).map(SpecBinder::backup),
                Optional.ofNullable(doc.get("transient")).map(SpecBinder::asMap).map(SpecBinder::transientWindow),
                economics(obj(doc, "economics")),
                availability(obj(doc, "availability")),
                new SimulationSpec(integer(simulation, "start_day"), integer(simulation, "days"), integer(simulation, "step_s")),
                new OutputsSpec((Boolean) obj(doc, "outputs").get("hourly_csv"), (Boolean) obj(doc, "outputs").get("charts")));
    }

    private static WeatherSpec weather(Map<String, Object> m) {
        if ("epw".equals(m.get("type"))) {
            return new EpwWeather(str(m, "file"));
        }
        return new ConstantWeather(num(m, "dry_bulb_c"), num(m, "relative_humidity"), num(m, "pressure_kpa"));
    }

    private static RackGroupSpec group(Map<String, Object> m) {
        return new RackGroupSpec(str(m, "name"), integer(m, "racks"), num(m, "rack_power_kw"), num(m, "utilization"),
                profile(obj(m, "profile")));
    }

    private static ProfileSpec profile(Map<String, Object> m) {
        if ("diurnal".equals(m.get("type"))) {
            return new DiurnalProfileSpec(num(m, "min_fraction"), num(m, "peak_hour"));
        }
        return new ConstantProfileSpec();
    }

    private static PowerSpec power(Map<String, Object> power) {
        Map<StageKind, Redundancy> redundancy = new java.util.EnumMap<>(StageKind.class);
        Optional.ofNullable(power.get("redundancy")).map(SpecBinder::asMap).ifPresent(m -> m.forEach((kind, r) ->
                redundancy.put(StageKind.ofKey(kind).orElseThrow(), Redundancy.ofKey((String) r).orElseThrow())));
        Optional<Architecture.Feeder> feeder = Optional.ofNullable(power.get("feeder")).map(SpecBinder::asMap)
                .map(f -> new Architecture.Feeder(num(f, "length_m"), num(f, "voltage_drop_fraction"),
                        ConductorMaterial.ofKey(str(f, "material")).orElseThrow(), num(f, "temperature_c")));
        return new PowerSpec(Optional.ofNullable((String) power.get("architecture")).map(k -> Architecture.ofKey(k).orElseThrow()),
                power.containsKey("stages") ? list(power, "stages").stream().map(SpecBinder::stage).toList() : List.of(),
                num(power, "design_load_fraction"), redundancy, feeder);
    }

    private static StageSpec stage(Map<String, Object> m) {
        List<CurvePointSpec> curve = m.containsKey("efficiency_curve")
                ? list(m, "efficiency_curve").stream().map(p -> new CurvePointSpec(num(p, "load_fraction"), num(p, "efficiency"))).toList()
                : List.of();
        Optional<LossTermsSpec> terms = Optional.ofNullable(m.get("loss_terms")).map(SpecBinder::asMap)
                .map(t -> new LossTermsSpec(num(t, "no_load_fraction"), num(t, "proportional_fraction"), num(t, "quadratic_fraction")));
        Optional<ConductorSpec> conductor = Optional.ofNullable(m.get("conductor")).map(SpecBinder::asMap)
                .map(c -> new ConductorSpec(DistributionSystem.ofKey(str(c, "system")).orElseThrow(), num(c, "voltage_v"),
                        num(c, "length_m"), Optional.ofNullable((Double) c.get("cross_section_mm2")), num(c, "voltage_drop_fraction"),
                        ConductorMaterial.ofKey(str(c, "material")).orElseThrow(), num(c, "temperature_c"),
                        integer(c, "parallel_runs"), num(c, "power_factor")));
        return new StageSpec(str(m, "name"), StageKind.ofKey(str(m, "kind")).orElseThrow(),
                Optional.ofNullable((Boolean) m.get("in_rack")),
                Optional.ofNullable((String) m.get("heat_to")).map(h -> HeatSink.ofKey(h).orElseThrow()),
                curve, terms, conductor, Optional.ofNullable((Double) m.get("unit_rating_kw")),
                Optional.ofNullable((Integer) m.get("units")), Redundancy.ofKey(str(m, "redundancy")).orElseThrow());
    }

    private static CoolingSpec cooling(Map<String, Object> m) {
        CoolingTechnology tech = org.aidcsim.catalog.Keyed.ofKey(CoolingTechnology.class, str(m, "technology")).orElseThrow();
        Optional<LiquidSpec> liquid = Optional.ofNullable(m.get("liquid")).map(SpecBinder::asMap)
                .map(l -> new LiquidSpec(num(l, "capture_fraction"), str(l, "facility_water_class"), num(l, "facility_supply_temp_c"),
                        num(l, "facility_delta_t_k"), num(l, "facility_pump_head_kpa"), num(l, "loop_delta_t_k"),
                        num(l, "loop_pump_head_kpa"), num(l, "cdu_approach_k"), num(l, "cdu_capacity_kw"),
                        Redundancy.ofKey(str(l, "cdu_redundancy")).orElseThrow(), num(l, "fluid_volume_l_per_rack"),
                        (Boolean) l.get("remove_server_fans"), num(l, "server_fan_power_fraction")));
        Map<String, Object> a = obj(m, "air");
        Map<String, Object> h = obj(m, "heat_rejection");
        return new CoolingSpec(tech, liquid,
                new AirSpec(num(a, "supply_air_temp_c"), str(a, "ashrae_class"), num(a, "max_rack_air_kw"),
                        (Boolean) a.get("airside_economizer"), num(a, "chilled_water_supply_temp_c"), num(a, "chilled_water_delta_t_k"),
                        num(a, "crah_air_delta_t_k"), num(a, "crah_pressure_pa"), num(a, "crah_fan_efficiency"),
                        num(a, "chilled_water_pump_head_kpa")),
                new HeatRejectionSpec("cooling_tower".equals(h.get("rejection")), "waterside".equals(h.get("economizer")),
                        num(h, "dry_cooler_approach_k"), num(h, "dry_cooler_fan_w_per_kw"), num(h, "tower_approach_k"),
                        num(h, "tower_range_k"), num(h, "tower_fan_w_per_kw"), num(h, "condenser_pump_head_kpa"),
                        num(h, "hx_approach_k"), num(h, "cycles_of_concentration"), num(h, "chiller_carnot_fraction"),
                        num(h, "chiller_condenser_approach_k"), num(h, "water_cooled_chiller_carnot_fraction"),
                        num(h, "water_cooled_condenser_approach_k"), num(h, "chiller_evaporator_approach_k"),
                        num(h, "pump_efficiency"), num(h, "min_speed_fraction")));
    }

    private static ScenarioSpec.BackupSpec backup(Map<String, Object> m) {
        var supercap = Optional.ofNullable(m.get("supercap")).map(SpecBinder::asMap).map(c -> new ScenarioSpec.SupercapSpec(
                num(c, "cell_capacitance_f"), num(c, "cell_rated_voltage_v"), num(c, "cell_esr_mohm"), integer(c, "series"),
                integer(c, "parallel"), optNum(c, "max_cell_voltage_v"), optNum(c, "min_cell_voltage_v"),
                num(c, "converter_efficiency"), num(c, "converter_rating_kw")));
        var battery = Optional.ofNullable(m.get("battery")).map(SpecBinder::asMap).map(b -> new ScenarioSpec.BatterySpec(
                org.aidcsim.backup.Chemistry.ofKey(str(b, "chemistry")).orElseThrow(), num(b, "energy_kwh"),
                num(b, "max_discharge_c_rate"), num(b, "max_charge_c_rate"), num(b, "floor_soc"), num(b, "initial_soc"),
                num(b, "response_s"), num(b, "peukert_reference_hours"), optNum(b, "peukert_exponent"),
                optNum(b, "charge_efficiency"), optNum(b, "discharge_efficiency"), optNum(b, "float_loss_fraction")));
        var generators = Optional.ofNullable(m.get("generators")).map(SpecBinder::asMap).map(g -> new ScenarioSpec.GeneratorsSpec(
                integer(g, "units"), num(g, "unit_rating_kw"), num(g, "start_delay_s"), num(g, "load_step_fraction"),
                num(g, "load_step_interval_s"), optNum(g, "ramp_kw_per_s"), num(g, "tank_hours_at_full_load")));
        Map<String, Object> ats = obj(m, "transfer_switch");
        return new ScenarioSpec.BackupSpec(supercap, battery, generators, num(ats, "transfer_time_s"), num(ats, "retransfer_delay_s"));
    }

    private static ScenarioSpec.TransientSpec transientWindow(Map<String, Object> m) {
        Map<String, Object> l = obj(m, "load");
        ScenarioSpec.TransientLoadSpec load = switch (str(l, "type")) {
            case "training" -> new ScenarioSpec.TrainingLoadSpec(num(l, "low_fraction"), num(l, "high_fraction"), num(l, "period_s"),
                    num(l, "ramp_s"));
            case "inference" -> new ScenarioSpec.InferenceLoadSpec(num(l, "base_fraction"), num(l, "burst_fraction"),
                    num(l, "burst_duration_s"), num(l, "mean_interval_s"), ((Number) l.get("seed")).longValue());
            case "trace" -> new ScenarioSpec.TraceLoadSpec(str(l, "file"));
            default -> new ScenarioSpec.ConstantLoadSpec(num(l, "fraction"));
        };
        List<ScenarioSpec.EventSpec> events = list(m, "events").stream().map(e -> new ScenarioSpec.EventSpec(str(e, "type"),
                optNum(e, "at_s").orElse(0.0), optNum(e, "duration_s").orElse(0.0), optNum(e, "depth_fraction").orElse(0.0),
                e.containsKey("units") ? integer(e, "units") : 0)).toList();
        var smoothing = Optional.ofNullable(m.get("smoothing")).map(SpecBinder::asMap).map(sm -> new ScenarioSpec.SmoothingSpec(
                num(sm, "ramp_limit_mw_per_s"), optNum(sm, "peak_limit_mw"), num(sm, "time_constant_s")));
        return new ScenarioSpec.TransientSpec(num(m, "duration_s"), num(m, "step_s"), num(m, "output_step_s"), load, events, smoothing,
                num(m, "sag_tolerance_fraction"));
    }

    private static ScenarioSpec.EconomicsSpec economics(Map<String, Object> e) {
        Map<String, Object> u = obj(e, "unit_costs");
        var costs = new org.aidcsim.economics.UnitCosts(num(u, "building_per_m2"), num(u, "switchgear_per_kw"),
                num(u, "transformer_per_kw"), num(u, "ups_per_kw"), num(u, "rectifier_per_kw"), num(u, "sst_per_kw"),
                num(u, "shelf_per_kw"), num(u, "conductor_per_kg"), num(u, "crah_per_kw"), num(u, "chiller_per_kw"),
                num(u, "dry_cooler_per_kw"), num(u, "tower_per_kw"), num(u, "cdu_per_kw"), num(u, "immersion_tank_per_rack"),
                num(u, "fluid_per_l"), num(u, "two_phase_fluid_per_l"), num(u, "battery_per_kwh"), num(u, "supercap_per_kwh"), num(u, "generator_per_kw"));
        return new ScenarioSpec.EconomicsSpec(str(e, "currency"), integer(e, "years"), num(e, "discount_rate"),
                num(e, "electricity_price_per_kwh"), num(e, "water_price_per_m3"), num(e, "fuel_price_per_l"),
                num(e, "maintenance_fraction_per_year"), num(e, "generator_test_hours_per_year"), num(e, "grid_carbon_g_per_kwh"),
                Optional.ofNullable((String) e.get("grid_carbon_file")), costs);
    }

    private static ScenarioSpec.AvailabilitySpec availability(Map<String, Object> a) {
        Map<String, org.aidcsim.availability.FailureData> data = new java.util.LinkedHashMap<>(
                org.aidcsim.availability.ReliabilityCatalog.defaults());
        obj(a, "components").forEach((type, v) -> {
            Map<String, Object> m = asMap(v);
            data.put(type, new org.aidcsim.availability.FailureData(num(m, "failures_per_year"), num(m, "repair_hours"), "scenario file"));
        });
        return new ScenarioSpec.AvailabilitySpec(num(a, "years"), ((Number) a.get("seed")).longValue(),
                optNum(a, "battery_autonomy_s"), integer(a, "redundancy_group_units"), (Boolean) a.get("static_bypass"),
                num(a, "generator_fail_to_start_probability"),
                data);
    }

    private static Optional<Double> optNum(Map<String, Object> m, String key) {
        return Optional.ofNullable((Number) m.get(key)).map(Number::doubleValue);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> obj(Map<String, Object> m, String key) {
        return asMap(m.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    private static String str(Map<String, Object> m, String key) {
        return (String) m.get(key);
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static int integer(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }
}
