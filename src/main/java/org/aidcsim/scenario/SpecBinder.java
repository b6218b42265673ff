package org.aidcsim.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.aidcsim.availability.AvailabilityParams;
import org.aidcsim.availability.FailureData;
import org.aidcsim.availability.ReliabilityCatalog;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.BatteryParams;
import org.aidcsim.backup.Chemistry;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.backup.SupercapParams;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.ItSystemCatalog;
import org.aidcsim.catalog.RackType;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.catalog.PetroleumFluid;
import org.aidcsim.catalog.PriceItem;
import org.aidcsim.cooling.PlantComponentType;
import org.aidcsim.cooling.PlantParams;
import org.aidcsim.cooling.PumpControl;
import org.aidcsim.cooling.AirClass;
import org.aidcsim.cooling.AirHandler;
import org.aidcsim.cooling.EvaporativeParams;
import org.aidcsim.cooling.RearDoorParams;
import org.aidcsim.cooling.AirPathParams;
import org.aidcsim.cooling.CoolingParams;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.cooling.FacilityWaterClass;
import org.aidcsim.cooling.HeatRejectionParams;
import org.aidcsim.cooling.LiquidDefaults;
import org.aidcsim.cooling.LiquidLoopParams;
import org.aidcsim.cooling.ChipParams;
import org.aidcsim.cooling.ColdPlateCurve;
import org.aidcsim.cooling.FlowCurve;
import org.aidcsim.cooling.HeatReuseParams;
import org.aidcsim.cooling.HydraulicsParams;
import org.aidcsim.it.DesignBasis;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.economics.SiteDefaults;
import org.aidcsim.economics.UnitCosts;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ConductorMaterial;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.power.HeatSink;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;
import org.aidcsim.standards.Ashrae904;
import org.aidcsim.standards.ChinaGb40879;
import org.aidcsim.standards.Framework;
import org.aidcsim.standards.StandardsParams;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.scenario.ScenarioSpec.ConstantProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.ConstantWeather;
import org.aidcsim.scenario.ScenarioSpec.CurvePointSpec;
import org.aidcsim.scenario.ScenarioSpec.CheckpointProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.DiurnalProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.TraceProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.EpwWeather;
import org.aidcsim.scenario.ScenarioSpec.ItSpec;
import org.aidcsim.scenario.ScenarioSpec.LossTermsSpec;
import org.aidcsim.scenario.ScenarioSpec.OutputsSpec;
import org.aidcsim.scenario.ScenarioSpec.PowerSpec;
import org.aidcsim.scenario.ScenarioSpec.ProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioSpec.SimulationSpec;
import org.aidcsim.scenario.ScenarioSpec.SiteSpec;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.scenario.ScenarioSpec.WeatherSpec;
import org.aidcsim.units.Units;

/**
 * Binds a validated, default-filled document (see {@link org.aidcsim.schema.Validator}) into
 * {@link ScenarioSpec} records, converting file units to SI on the way: every physics parameter is
 * set by name from the field that names it. The validator has already checked every type and
 * bound, so a failure here is a bug, not a user's mistake.
 */
final class SpecBinder {
    private SpecBinder() {
    }

    /**
     * @param given the paths of the fields the file gives (a default the file leaves may come from
     *        a catalogue system instead of the format)
     */
    static ScenarioSpec bind(Map<String, Object> doc, ScenarioFormat format, Set<String> given) {
        Map<String, Object> site = obj(doc, "site");
        List<Map<String, Object>> groupMaps = list(obj(doc, "it"), "groups");
        List<RackGroupSpec> groups = new ArrayList<>();
        for (int i = 0; i < groupMaps.size(); i++) {
            groups.add(group(groupMaps.get(i), "it.groups[" + i + "].", given));
        }
        Map<String, Object> simulation = obj(doc, "simulation");
        CoolingParams cooling = cooling(obj(doc, "cooling"), format, systemsLiquidShare(groups)
                .filter(share -> !given.contains("cooling.liquid.capture_fraction")));
        List<RackGroupSpec> resolved = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            resolved.add(withLiquid(groups.get(i), groupMaps.get(i), cooling, given.contains("cooling.liquid.capture_fraction")));
        }
        return new ScenarioSpec(str(doc, "name"), Optional.ofNullable((String) doc.get("description")),
                new SiteSpec(weather(obj(site, "weather")), Optional.ofNullable(str(site, "country")),
                        Optional.ofNullable(str(site, "region")), num(site, "white_space_m2_per_rack"),
                        num(site, "support_power_w_per_m2"), num(site, "support_power_fraction")),
                new ItSpec(resolved, designBasis(obj(doc, "it").get("design_basis"))),
                power(obj(doc, "power")),
                cooling,
                Optional.ofNullable(doc.get("backup")).filter(Map.class::isInstance).map(SpecBinder::asMap).map(SpecBinder::backup),
                doc.get("backup") == null ? BackupParams.Origin.ASSUMED
                        : doc.get("backup") instanceof Map ? BackupParams.Origin.FILE : BackupParams.Origin.NONE,
                Optional.ofNullable(doc.get("transient")).map(SpecBinder::asMap).map(TransientBinder::bind),
                economics(obj(doc, "economics")),
                availability(obj(doc, "availability")),
                standards(obj(doc, "standards")),
                new SimulationSpec(integer(simulation, "start_day"), integer(simulation, "days"), integer(simulation, "step_s")),
                new OutputsSpec((Boolean) obj(doc, "outputs").get("hourly_csv"), (Boolean) obj(doc, "outputs").get("charts")));
    }

    /**
     * A group's share of heat to liquid and coolant rise: its own, else the hall's capture when the file
     * gives one, else (where racks decide, cold plates) its catalogue rack's where published, else the hall's default.
     */
    private static RackGroupSpec withLiquid(RackGroupSpec g, Map<String, Object> m, CoolingParams cooling,
            boolean hallCaptureGiven) {
        Optional<LiquidLoopParams> loop = cooling.liquid();
        if (loop.isEmpty()) {
            return g.withLiquid(0.0, Double.NaN);
        }
        boolean racksDecide = cooling.technology().liquid().map(LiquidDefaults::racksDecideCapture).orElse(false);
        Optional<RackType> rack = g.catalogRack().filter(r -> racksDecide);
        // A catalogue rack that publishes no share (0 for air-cooled servers is published) takes the hall's.
        double fraction = optNum(m, "liquid_fraction").orElseGet(() -> hallCaptureGiven || rack.isEmpty()
                || rack.get().liquidFraction().isEmpty() ? loop.get().captureFraction() : rack.get().liquidFraction().getAsDouble());
        double deltaTK = optNum(m, "coolant_delta_t_k").orElseGet(() -> rack.filter(r -> r.coolantDeltaTK().isPresent())
                .map(r -> r.coolantDeltaTK().getAsDouble()).orElse(loop.get().loopDeltaTK()));
        return g.withLiquid(fraction, deltaTK);
    }

    private static ChipParams chip(Map<String, Object> c) {
        Optional<ColdPlateCurve> plate = Optional.ofNullable(c.get("cold_plate")).map(p -> p instanceof String key
                ? ColdPlateCurve.ofKey(key).orElseThrow() : coldPlate(asMap(p)));
        return new ChipParams(num(c, "power_w"), num(c, "case_limit_c"), optNum(c, "resistance_k_per_w").orElse(Double.NaN),
                num(c, "convective_share"), plate, optNum(c, "plate_flow_l_per_min")
                        .map(v -> OptionalDouble.of(Units.litresPerMinuteToM3PerS(v))).orElse(OptionalDouble.empty()));
    }

    private static ColdPlateCurve coldPlate(Map<String, Object> m) {
        List<Double> flows = new ArrayList<>();
        List<Double> resistances = new ArrayList<>();
        for (Map<String, Object> point : list(m, "points")) {
            flows.add(Units.litresPerMinuteToM3PerS(num(point, "flow_l_per_min")));
            resistances.add(num(point, "resistance_k_per_w"));
        }
        return new ColdPlateCurve("file", Coolant.all().stream().filter(c -> c.key().equals(str(m, "fluid"))).findFirst().orElseThrow(),
                flows, resistances,
                Units.litresPerMinuteToM3PerS(num(m, "rated_flow_l_per_min")), Units.kpaToPa(num(m, "pressure_drop_kpa")),
                num(m, "flow_exponent"), "the scenario file");
    }

    private static DesignBasis designBasis(Object basis) {
        if (basis instanceof Map<?, ?> declared) {
            Map<String, Object> m = asMap(declared);
            return DesignBasis.declared(Units.kwToW(num(m, "design_it_load_kw")), num(m, "margin"));
        }
        return DesignBasis.NAMEPLATE;
    }

    private static StandardsParams standards(Map<String, Object> m) {
        return new StandardsParams(num(m, "renewable_fraction"), Optional.ofNullable((String) m.get("china_scale"))
                .map(k -> "large".equals(k) ? ChinaGb40879.Scale.LARGE : ChinaGb40879.Scale.MEDIUM_OR_SMALL),
                switch (str(m, "china_hub_node")) {
                    case "east" -> ChinaGb40879.HubNode.EAST;
                    case "west" -> ChinaGb40879.HubNode.WEST;
                    default -> ChinaGb40879.HubNode.NONE;
                }, optNum(m, "annual_precipitation_mm"), Optional.ofNullable((String) m.get("climate_moisture")).map(l -> l.charAt(0)),
                Optional.ofNullable(m.get("ashrae_90_4")).map(SpecBinder::asMap).map(a -> new Ashrae904.Limits(
                        optNum(a, "max_annualized_mlc"), optNum(a, "max_design_mlc"), optNum(a, "max_elc"))).orElse(Ashrae904.Limits.NONE),
                Optional.ofNullable((String) m.get("onsite_generation_file")), Optional.empty(),
                Optional.ofNullable((String) m.get("renewable_fraction_file")), Optional.empty(), frameworksDeclared(m),
                frameworksOnRequest(m));
    }

    private static Map<Framework, Boolean> frameworksDeclared(Map<String, Object> m) {
        Map<Framework, Boolean> out = new EnumMap<>(Framework.class);
        Optional.ofNullable(m.get("applies")).map(SpecBinder::asMap).orElse(Map.of()).forEach((k, v) ->
                out.put(Keyed.ofKey(Framework.class, k).orElseThrow(), (Boolean) v));
        return out;
    }

    private static Set<Framework> frameworksOnRequest(Map<String, Object> m) {
        Set<Framework> out = EnumSet.noneOf(Framework.class);
        Optional.ofNullable((List<?>) m.get("assess_also")).orElse(List.of())
                .forEach(k -> out.add(Keyed.ofKey(Framework.class, (String) k).orElseThrow()));
        return out;
    }

    private static WeatherSpec weather(Map<String, Object> m) {
        if ("epw".equals(m.get("type"))) {
            return new EpwWeather(str(m, "file"), num(m, "warming_k"));
        }
        return new ConstantWeather(num(m, "dry_bulb_c"), num(m, "relative_humidity"), num(m, "pressure_kpa"));
    }

    private static RackGroupSpec group(Map<String, Object> m, String at, Set<String> given) {
        Optional<RackType> rack = Optional.ofNullable((String) m.get("system")).flatMap(ItSystemCatalog::of)
                .map(sys -> Optional.ofNullable((String) m.get("role")).flatMap(sys::rack).orElse(sys.racks().get(0)));
        // What the file leaves out comes from the catalogue rack, then from the format's default.
        double rackW = optNum(m, "rack_power_kw").map(Units::kwToW).orElse(rack.map(RackType::nameplateW).orElse(0.0));
        double utilization = rack.filter(r -> !given.contains(at + "utilization")).map(RackType::typicalFraction)
                .orElse(num(m, "utilization"));
        RackSupply supply = rack.filter(r -> !given.contains(at + "rack_power_supply")).map(RackType::supply)
                .orElse(RackSupply.ofKey(str(m, "rack_power_supply")).orElseThrow());
        double serverW = rack.filter(r -> !given.contains(at + "server_power_kw") && r.servers().isPresent())
                .map(RackType::serverW).orElse(Units.kwToW(num(m, "server_power_kw")));
        Optional<Double> capacityW = optNum(m, "it_capacity_kw").map(Units::kwToW);
        // A capacity sets the rack count: as many racks as carry it at their design draw (none without a draw).
        // counted in a long and held below an int's range: the loader refuses a group above its bound, located
        long counted = capacityW.map(c -> rackW * utilization > 0 ? (long) Math.min(1e15, Math.ceil(c / (rackW * utilization) - 1e-9))
                        : 0L)
                .orElseGet(() -> m.containsKey("systems")
                        ? (long) integer(m, "systems") * rack.map(RackType::racksPerSystem).orElse(1)
                        : integer(m, "racks"));
        int racks = (int) Math.min(counted, Integer.MAX_VALUE);
        return new RackGroupSpec(str(m, "name"), racks, rackW, utilization, profile(obj(m, "profile")), supply, serverW, capacityW,
                rack, Double.NaN, Double.NaN);
    }

    /**
     * The share of heat to liquid of a hall built of catalogue racks, weighted by nameplate; empty
     * unless every group names a rack that publishes one.
     */
    private static Optional<Double> systemsLiquidShare(List<RackGroupSpec> groups) {
        double liquidW = 0;
        double totalW = 0;
        for (RackGroupSpec g : groups) {
            if (g.catalogRack().isEmpty() || g.catalogRack().get().liquidFraction().isEmpty()) {
                return Optional.empty();
            }
            double w = g.racks() * g.rackPowerW();
            liquidW += w * g.catalogRack().get().liquidFraction().getAsDouble();
            totalW += w;
        }
        return totalW > 0 ? Optional.of(liquidW / totalW) : Optional.empty();
    }

    private static ProfileSpec profile(Map<String, Object> m) {
        if ("diurnal".equals(m.get("type"))) {
            return new DiurnalProfileSpec(num(m, "min_fraction"), num(m, "peak_hour"));
        }
        if ("trace".equals(m.get("type"))) {
            return new TraceProfileSpec(str(m, "file"), str(m, "unit"));
        }
        if ("checkpoint".equals(m.get("type"))) {
            return new CheckpointProfileSpec(num(m, "interval_s"), num(m, "dip_s"), num(m, "dip_fraction"),
                    optNum(m, "job_h").map(h -> h * Units.SECONDS_PER_HOUR), optNum(m, "idle_between_jobs_h").map(h -> h * Units.SECONDS_PER_HOUR),
                    optNum(m, "idle_fraction"));
        }
        return new ConstantProfileSpec();
    }

    private static PowerSpec power(Map<String, Object> power) {
        Map<StageKind, Redundancy> redundancy = new EnumMap<>(StageKind.class);
        Optional.ofNullable(power.get("redundancy")).map(SpecBinder::asMap).ifPresent(m -> m.forEach((kind, r) ->
                redundancy.put(StageKind.ofKey(kind).orElseThrow(), Redundancy.ofKey((String) r).orElseThrow())));
        Optional<Architecture.Feeder> feeder = Optional.ofNullable(power.get("feeder")).map(SpecBinder::asMap)
                .map(f -> new Architecture.Feeder(num(f, "length_m"), num(f, "voltage_drop_fraction"),
                        ConductorMaterial.ofKey(str(f, "material")).orElseThrow(), num(f, "temperature_c"), num(f, "air_temp_c")));
        Map<StageKind, ScenarioSpec.StageOverrideSpec> overrides = new EnumMap<>(StageKind.class);
        Optional.ofNullable(power.get("stage_overrides")).map(SpecBinder::asMap).ifPresent(m -> m.forEach((kind, o) ->
                overrides.put(StageKind.ofKey(kind).orElseThrow(), stageOverride(asMap(o)))));
        return new PowerSpec(Optional.ofNullable((String) power.get("architecture")).map(k -> Architecture.ofKey(k).orElseThrow()),
                power.containsKey("stages") ? list(power, "stages").stream().map(SpecBinder::stage).toList() : List.of(),
                num(power, "design_load_fraction"), redundancy, feeder, overrides);
    }

    private static ScenarioSpec.StageOverrideSpec stageOverride(Map<String, Object> m) {
        List<CurvePointSpec> curve = m.containsKey("efficiency_curve")
                ? list(m, "efficiency_curve").stream().map(p -> new CurvePointSpec(num(p, "load_fraction"), num(p, "efficiency"))).toList()
                : List.of();
        Optional<LossTermsSpec> terms = Optional.ofNullable(m.get("loss_terms")).map(SpecBinder::asMap)
                .map(t -> new LossTermsSpec(num(t, "no_load_fraction"), num(t, "proportional_fraction"), num(t, "quadratic_fraction")));
        return new ScenarioSpec.StageOverrideSpec(curve, terms, str(m, "curve_source"),
                Keyed.ofKey(CurveBasis.class, str(m, "curve_basis")).orElseThrow(), optNum(m, "unit_rating_kw").map(Units::kwToW),
                Optional.ofNullable((Integer) m.get("units")));
    }

    private static StageSpec stage(Map<String, Object> m) {
        List<CurvePointSpec> curve = m.containsKey("efficiency_curve")
                ? list(m, "efficiency_curve").stream().map(p -> new CurvePointSpec(num(p, "load_fraction"), num(p, "efficiency"))).toList()
                : List.of();
        Optional<LossTermsSpec> terms = Optional.ofNullable(m.get("loss_terms")).map(SpecBinder::asMap)
                .map(t -> new LossTermsSpec(num(t, "no_load_fraction"), num(t, "proportional_fraction"), num(t, "quadratic_fraction")));
        Optional<StageRecipe.Conductor> conductor = Optional.ofNullable(m.get("conductor")).map(SpecBinder::asMap)
                .map(SpecBinder::conductor);
        return new StageSpec(str(m, "name"), StageKind.ofKey(str(m, "kind")).orElseThrow(),
                Optional.ofNullable((Boolean) m.get("in_rack")),
                Optional.ofNullable((String) m.get("heat_to")).map(h -> HeatSink.ofKey(h).orElseThrow()),
                curve, terms, conductor, optNum(m, "unit_rating_kw").map(Units::kwToW),
                Optional.ofNullable((Integer) m.get("units")), Redundancy.ofKey(str(m, "redundancy")).orElseThrow());
    }

    private static StageRecipe.Conductor conductor(Map<String, Object> c) {
        DistributionSystem system = DistributionSystem.ofKey(str(c, "system")).orElseThrow();
        return StageRecipe.Conductor.builder().system(system).voltageV(num(c, "voltage_v")).lengthM(num(c, "length_m"))
                .crossSectionMm2(optNum(c, "cross_section_mm2").map(OptionalDouble::of).orElse(OptionalDouble.empty()))
                .dropFraction(num(c, "voltage_drop_fraction")).material(ConductorMaterial.ofKey(str(c, "material")).orElseThrow())
                .temperatureC(num(c, "temperature_c")).airC(num(c, "air_temp_c")).parallelRuns(integer(c, "parallel_runs"))
                .busway("busway".equals(c.get("type")))
                // A DC run carries no reactive current: its power factor is 1 whatever the file says.
                .powerFactor(system == DistributionSystem.DC ? 1.0 : num(c, "power_factor")).build();
    }

    private static CoolingParams cooling(Map<String, Object> m, ScenarioFormat format, Optional<Double> racksLiquidShare) {
        CoolingTechnology tech = format.technology(str(m, "technology")).orElseThrow();
        // Where the racks decide how much heat the liquid takes (cold plates), their catalogue share is the default.
        double capture = racksLiquidShare.filter(share -> tech.liquid().map(LiquidDefaults::racksDecideCapture).orElse(false))
                .orElseGet(() -> Optional.ofNullable(m.get("liquid")).map(l -> num(asMap(l), "capture_fraction")).orElse(0.0));
        Optional<LiquidLoopParams> liquid = Optional.ofNullable(m.get("liquid")).map(SpecBinder::asMap)
                .map(l -> LiquidLoopParams.builder().captureFraction(capture)
                        .facilityWaterClass(FacilityWaterClass.ofKey(str(l, "facility_water_class")).orElseThrow())
                        .facilitySupplyTempC(num(l, "facility_supply_temp_c")).facilityDeltaTK(num(l, "facility_delta_t_k"))
                        .facilityPumpHeadPa(Units.kpaToPa(num(l, "facility_pump_head_kpa"))).loopDeltaTK(num(l, "loop_delta_t_k"))
                        .coolant(coolant(tech, l.get("coolant")))
                        .fixedLoopHeadPa(optNum(l, "loop_pump_head_kpa").map(kpa -> OptionalDouble.of(Units.kpaToPa(kpa)))
                                .orElse(OptionalDouble.empty()))
                        .hydraulics(Optional.ofNullable(l.get("hydraulics")).map(SpecBinder::asMap).map(SpecBinder::hydraulics))
                        .chip(Optional.ofNullable(l.get("chip")).map(SpecBinder::asMap).map(SpecBinder::chip))
                        .heatReuse(Optional.ofNullable(l.get("heat_reuse")).map(SpecBinder::asMap).map(r -> new HeatReuseParams(
                                Units.kwToW(num(r, "demand_kw")), num(r, "supply_temp_c"),
                                optNum(r, "below_outdoor_c").orElse(Double.POSITIVE_INFINITY), num(r, "heat_pump_carnot_fraction"),
                                num(r, "approach_k"))))
                        .cduApproachK(num(l, "cdu_approach_k"))
                        .cduCapacityW(Units.kwToW(num(l, "cdu_capacity_kw")))
                        .cduRedundancy(Redundancy.ofKey(str(l, "cdu_redundancy")).orElseThrow())
                        .fluidVolumeM3PerRack(Units.litresToM3(num(l, "fluid_volume_l_per_rack")))
                        .removeServerFans((Boolean) l.get("remove_server_fans"))
                        .serverFanPowerFraction(num(l, "server_fan_power_fraction"))
                        .cdusPerGroup("per_group".equals(l.get("cdu_arrangement")))
                        .facilityPipingLengthM(num(l, "facility_piping_length_m")).build());
        Map<String, Object> a = obj(m, "air");
        Map<String, Object> h = obj(m, "heat_rejection");
        AirPathParams air = AirPathParams.builder().supplyAirTempC(num(a, "supply_air_temp_c"))
                .airClass(AirClass.ofKey(str(a, "ashrae_class")).orElseThrow()).maxRackAirW(Units.kwToW(num(a, "max_rack_air_kw")))
                .airsideEconomizer((Boolean) a.get("airside_economizer")).chilledWaterSupplyTempC(num(a, "chilled_water_supply_temp_c"))
                .chilledWaterDeltaTK(num(a, "chilled_water_delta_t_k")).crahAirDeltaTK(num(a, "crah_air_delta_t_k"))
                .crahPressurePa(num(a, "crah_pressure_pa")).crahFanEfficiency(num(a, "crah_fan_efficiency"))
                .chilledWaterPumpHeadPa(Units.kpaToPa(num(a, "chilled_water_pump_head_kpa")))
                .handler(AirHandler.ofKey(str(a, "handler")).orElseThrow()).evaporative(evaporative(obj(a, "evaporative")))
                .rearDoors(Optional.ofNullable(a.get("rear_doors")).map(SpecBinder::asMap).filter(d -> (Boolean) d.get("enabled"))
                        .map(SpecBinder::rearDoors)).build();
        HeatRejectionParams rejection = HeatRejectionParams.builder().coolingTower("cooling_tower".equals(h.get("rejection")))
                .adiabatic("adiabatic_dry_cooler".equals(h.get("rejection")) ? Optional.of(new HeatRejectionParams.Adiabatic(
                        num(h, "adiabatic_switch_over_c"), num(h, "pad_effectiveness"), num(h, "dry_cooler_air_rise_k")))
                        : Optional.empty())
                .economizer("waterside".equals(h.get("economizer"))).dryCoolerApproachK(num(h, "dry_cooler_approach_k"))
                .dryCoolerFanWPerW(Units.perKwToPerW(num(h, "dry_cooler_fan_w_per_kw"))).towerApproachK(num(h, "tower_approach_k"))
                .towerRangeK(num(h, "tower_range_k")).towerFanWPerW(Units.perKwToPerW(num(h, "tower_fan_w_per_kw")))
                .condenserPumpHeadPa(Units.kpaToPa(num(h, "condenser_pump_head_kpa"))).hxApproachK(num(h, "hx_approach_k"))
                .cyclesOfConcentration(num(h, "cycles_of_concentration")).chillerCarnotFraction(num(h, "chiller_carnot_fraction"))
                .chillerCondenserApproachK(num(h, "chiller_condenser_approach_k"))
                .waterCooledChillerCarnotFraction(num(h, "water_cooled_chiller_carnot_fraction"))
                .waterCooledCondenserApproachK(num(h, "water_cooled_condenser_approach_k"))
                .chillerEvaporatorApproachK(num(h, "chiller_evaporator_approach_k")).pumpEfficiency(num(h, "pump_efficiency"))
                .minSpeedFraction(num(h, "min_speed_fraction")).build();
        return new CoolingParams(tech, liquid, air, rejection, plant(obj(m, "plant"), format));
    }

    private static EvaporativeParams evaporative(Map<String, Object> e) {
        return new EvaporativeParams(optNum(e, "effectiveness").orElse(Double.NaN), num(e, "cycles_of_concentration"),
                num(e, "secondary_fan_w_per_m3_per_s"));
    }

    /** Rear doors, their rating defaulting by type (active 50 kW, passive 25 kW), their largest rack to the rating. */
    private static RearDoorParams rearDoors(Map<String, Object> d) {
        boolean active = "active".equals(d.get("type"));
        List<String> groups = d.get("groups") == null ? List.of() : ((List<?>) d.get("groups")).stream().map(String::valueOf).toList();
        double ratedKw = optNum(d, "rated_capacity_kw").orElse(active ? 50.0 : 25.0);
        return new RearDoorParams(active, groups, "facility_water".equals(d.get("water")), Units.kwToW(ratedKw),
                num(d, "rated_air_in_c"), num(d, "rated_air_out_c"), num(d, "rated_entering_water_c"), num(d, "rated_water_rise_k"),
                Units.kwToW(optNum(d, "max_rack_kw").orElse(ratedKw)), num(d, "fan_power_fraction"));
    }

    private static PlantParams plant(Map<String, Object> p, ScenarioFormat format) {
        Map<String, PlantParams.PumpSettings> pumps = new LinkedHashMap<>();
        obj(p, "pumps").forEach((name, v) -> pumps.put(name, new PlantParams.PumpSettings(
                PumpControl.ofKey(str(asMap(v), "control")).orElseThrow(), optNum(asMap(v), "min_flow_fraction")
                        .map(OptionalDouble::of).orElse(OptionalDouble.empty()))));
        Map<String, Double> fans = new LinkedHashMap<>();
        obj(p, "fans").forEach((name, v) -> fans.put(name, num(asMap(v), "min_speed_fraction")));
        List<PlantParams.AddedComponent> added = new ArrayList<>();
        for (Map<String, Object> a : list(p, "add")) {
            PlantComponentType type = format.componentType(str(a, "type")).orElseThrow();
            added.add(new PlantParams.AddedComponent(type, str(a, "name"), str(a, "after"), type.bind(str(a, "name"), a)));
        }
        return new PlantParams(pumps, fans, added);
    }

    /** A catalogued coolant by key, or a hydrocarbon fluid from its data-sheet figures. */
    private static Coolant coolant(CoolingTechnology tech, Object value) {
        if (value instanceof String key) {
            return tech.liquid().orElseThrow().coolants().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        }
        Map<String, Object> c = asMap(value);
        String source = Optional.ofNullable((String) c.get("source")).orElse("the file's data-sheet figures")
                + "; ASTM D341, ASTM D1250, Cragoe NBS Misc. Publ. 97 for the temperature dependence";
        return new Coolant("custom", str(c, "name"), new PetroleumFluid(num(c, "density_15c_kg_per_m3"),
                num(c, "viscosity_40c_mm2_per_s"), num(c, "viscosity_100c_mm2_per_s"), num(c, "pour_point_c"), num(c, "max_temp_c")),
                0, Double.NaN, source, Optional.of(PriceItem.FLUID_PER_L));
    }

    private static HydraulicsParams hydraulics(Map<String, Object> h) {
        List<FlowCurve.Point> points = list(h, "branch_curve").stream().map(p -> new FlowCurve.Point(
                Units.litresPerMinuteToM3PerS(num(p, "flow_l_per_min")), Units.kpaToPa(num(p, "pressure_drop_kpa")))).toList();
        return new HydraulicsParams(integer(h, "branches_per_rack"), points, Units.kpaToPa(num(h, "manifold_kpa")),
                Units.kpaToPa(num(h, "cdu_exchanger_kpa")), num(h, "piping_length_m"), num(h, "pipe_velocity_m_per_s"),
                Units.mmToM(num(h, "pipe_roughness_mm")));
    }

    private static BackupParams backup(Map<String, Object> m) {
        Optional<SupercapParams> supercap = Optional.ofNullable(m.get("supercap")).map(SpecBinder::asMap)
                .map(c -> SupercapParams.builder().cellCapacitanceF(num(c, "cell_capacitance_f"))
                        .cellRatedVoltageV(num(c, "cell_rated_voltage_v")).cellEsrOhm(Units.milliohmToOhm(num(c, "cell_esr_mohm")))
                        .series(integer(c, "series")).parallel(integer(c, "parallel")).maxCellVoltageV(optNum(c, "max_cell_voltage_v"))
                        .minCellVoltageV(optNum(c, "min_cell_voltage_v")).converterEfficiency(num(c, "converter_efficiency"))
                        .converterRatingW(Units.kwToW(num(c, "converter_rating_kw"))).build());
        Optional<BatteryParams> battery = Optional.ofNullable(m.get("battery")).map(SpecBinder::asMap)
                .map(b -> BatteryParams.builder().chemistry(Chemistry.ofKey(str(b, "chemistry")).orElseThrow())
                        .energyJ(Units.kwhToJoules(num(b, "energy_kwh"))).maxDischargeCRate(num(b, "max_discharge_c_rate"))
                        .maxChargeCRate(num(b, "max_charge_c_rate")).floorSoc(num(b, "floor_soc")).initialSoc(num(b, "initial_soc"))
                        .responseS(num(b, "response_s")).peukertReferenceHours(num(b, "peukert_reference_hours"))
                        .peukertExponent(optNum(b, "peukert_exponent")).chargeEfficiency(optNum(b, "charge_efficiency"))
                        .dischargeEfficiency(optNum(b, "discharge_efficiency")).floatLossFraction(optNum(b, "float_loss_fraction"))
                        .build());
        Optional<GeneratorParams> generators = Optional.ofNullable(m.get("generators")).map(SpecBinder::asMap)
                .map(g -> GeneratorParams.builder().units(integer(g, "units")).unitRatingW(Units.kwToW(num(g, "unit_rating_kw")))
                        .startDelayS(num(g, "start_delay_s")).loadStepFraction(num(g, "load_step_fraction"))
                        .loadStepIntervalS(num(g, "load_step_interval_s"))
                        .rampWPerS(optNum(g, "ramp_kw_per_s").map(kw -> OptionalDouble.of(Units.kwToW(kw))).orElse(OptionalDouble.empty()))
                        .tankHoursAtFullLoad(num(g, "tank_hours_at_full_load")).build());
        Map<String, Object> ats = obj(m, "transfer_switch");
        return new BackupParams(supercap, battery, generators, num(ats, "transfer_time_s"), num(ats, "retransfer_delay_s"));
    }

    private static ScenarioSpec.EconomicsSpec economics(Map<String, Object> e) {
        Map<PriceItem, Double> prices = new EnumMap<>(PriceItem.class);
        obj(e, "unit_costs").forEach((key, v) -> prices.put(Keyed.ofKey(PriceItem.class, key).orElseThrow(),
                ((Number) v).doubleValue()));
        EconomicInputs inputs = EconomicInputs.builder().currency(str(e, "currency")).years(integer(e, "years"))
                .discountRate(num(e, "discount_rate"))
                .electricityPerKwh(optNum(e, "electricity_price_per_kwh").orElse(SiteDefaults.WORLD_ELECTRICITY_USD_PER_KWH))
                .waterPerM3(optNum(e, "water_price_per_m3").orElse(SiteDefaults.WORLD_WATER_USD_PER_M3)).fuelPerL(num(e, "fuel_price_per_l"))
                .maintenanceFractionPerYear(num(e, "maintenance_fraction_per_year"))
                .generatorTestHoursPerYear(num(e, "generator_test_hours_per_year")).gridCarbonGPerKwh(optNum(e, "grid_carbon_g_per_kwh").orElse(SiteDefaults.WORLD_CARBON_G_PER_KWH))
                .unitCosts(UnitCosts.of(prices))
                .loadRamp(Optional.ofNullable((List<?>) e.get("load_ramp")).orElse(List.of()).stream()
                        .mapToDouble(v -> ((Number) v).doubleValue()).toArray()).build();
        Map<String, Double> given = new LinkedHashMap<>();
        for (String key : SiteDefaults.FIGURES) {
            optNum(e, key).ifPresent(v -> given.put(key, v));
        }
        return new ScenarioSpec.EconomicsSpec(inputs, Optional.ofNullable((String) e.get("grid_carbon_file")), given);
    }

    private static AvailabilityParams availability(Map<String, Object> a) {
        Map<String, FailureData> data = new LinkedHashMap<>(ReliabilityCatalog.defaults());
        obj(a, "components").forEach((type, v) -> {
            Map<String, Object> m = asMap(v);
            data.put(type, new FailureData(num(m, "failures_per_year"), num(m, "repair_hours"), "scenario file"));
        });
        return AvailabilityParams.builder().years(num(a, "years")).seed(((Number) a.get("seed")).longValue())
                .batteryAutonomyS(optNum(a, "battery_autonomy_s")).redundancyGroupUnits(integer(a, "redundancy_group_units"))
                .staticBypass((Boolean) a.get("static_bypass"))
                .generatorFailToStartProbability(num(a, "generator_fail_to_start_probability")).components(data).build();
    }

    static Optional<Double> optNum(Map<String, Object> m, String key) {
        return Optional.ofNullable((Number) m.get(key)).map(Number::doubleValue);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    static Map<String, Object> obj(Map<String, Object> m, String key) {
        return asMap(m.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    static String str(Map<String, Object> m, String key) {
        return (String) m.get(key);
    }

    static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    static int integer(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }
}
