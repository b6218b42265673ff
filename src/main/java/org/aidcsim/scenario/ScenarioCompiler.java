package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.LinkedHashMap;
import org.aidcsim.backup.BackupDefaults;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.PetroleumFluid;
import org.aidcsim.catalog.LossTerms;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.cooling.AirClass;
import org.aidcsim.cooling.AirPathParams;
import org.aidcsim.cooling.CoolingParams;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.FacilityWaterClass;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.engine.DesignPoint;
import org.aidcsim.engine.SimulationWindow;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.it.CampaignProfile;
import org.aidcsim.it.ConstantProfile;
import org.aidcsim.it.CheckpointProfile;
import org.aidcsim.it.DiurnalProfile;
import org.aidcsim.it.ItLoad;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.ChainSizer;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerChain;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.power.StageTemplate;
import org.aidcsim.scenario.ScenarioSpec.ConstantWeather;
import org.aidcsim.standards.StandardsParams;
import org.aidcsim.scenario.ScenarioSpec.CheckpointProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.DiurnalProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.TraceProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.EpwWeather;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.units.Units;
import org.aidcsim.weather.EpwFormatException;
import org.aidcsim.weather.EpwReader;
import org.aidcsim.weather.WeatherSeries;

/**
 * Turns a loaded scenario into a runnable site: reads the files it names, checks the design
 * against the limits the physics packages publish, and hands the sizing to them (the chain to
 * {@link ChainSizer}, the cooling plant to {@link PlantSizer}, the backup banks to
 * {@link BackupParams}). Every problem is reported at its place in the file, all at once.
 */
public final class ScenarioCompiler {
    private static final int HOURS_PER_YEAR = 8760;

    private ScenarioCompiler() {
    }

    public static CompiledScenario compile(LoadedScenario s) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ScenarioSpec spec = s.spec();
        WeatherSeries weather = weather(s, issues, warnings);
        CoolingParams cooling = spec.cooling();
        ItLoad it = itLoad(s, issues);
        List<StageTemplate> templates = stageTemplates(spec);
        List<ChainSizer.Problem> problems = new ArrayList<>();
        List<ChainSizer.RackGroupLoad> rackLoads = new ArrayList<>();
        for (int g = 0; g < it.groups().size(); g++) {
            RackGroup group = it.groups().get(g);
            RackGroupSpec file = spec.it().groups().get(g);
            RackSupply supply = file.supply().resolve(file.rackPowerW());
            rackLoads.add(new ChainSizer.RackGroupLoad(group.racks(), group.rackPowerW() * group.utilization(), group.rackPowerW(),
                    supply, cooling.rackItPowerW(file.serverPowerW()), vendorSupplies(file, supply)));
        }
        Optional<PowerChain> chain = ChainSizer.size(templates, it.designPowerW(), rackLoads, spec.power().designLoadFraction(),
                problems);
        for (ChainSizer.Problem p : problems) {
            String path = p.cause().field().equals("server_power_kw") ? "it.groups" : spec.power().stages().isEmpty()
                    ? "power.architecture" : "power.stages[" + p.stageIndex() + "]." + p.cause().field();
            issues.add(s.issueAt(path, "stage \"" + p.stageName() + "\" " + p.cause().getMessage()));
        }
        coolingIssues(s, issues, warnings);
        campaignIssues(s, issues);
        heatSinkIssues(s, templates, cooling, issues);
        EconomicInputs economics = spec.economics().inputs();
        if (spec.economics().gridCarbonFile().isPresent()) {
            try {
                economics = economics.withHourlyCarbon(SeriesFiles.hourlyCarbon(s, spec.economics().gridCarbonFile().get(),
                        "economics.grid_carbon_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        StandardsParams standards = spec.standards();
        if (standards.onsiteGenerationFile().isPresent()) {
            try {
                standards = standards.withOnsiteGeneration(SeriesFiles.hourlyGenerationW(s, standards.onsiteGenerationFile().get(),
                        "standards.onsite_generation_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        if (standards.renewableFractionFile().isPresent()) {
            try {
                standards = standards.withRenewableFractions(SeriesFiles.hourlyFractions(s, standards.renewableFractionFile().get(),
                        "standards.renewable_fraction_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        PowerChain sized = chain.orElseThrow();
        BackupParams.Origin origin = spec.backupOrigin();
        if (origin == BackupParams.Origin.ASSUMED && (it.designPowerW() <= 0
                || sized.stages().stream().noneMatch(st -> st.kind().makesProtectedBus()))) {
            origin = BackupParams.Origin.NONE;
        }
        // The assumed battery depends on the design IT load only; its generators on the whole site, sized below.
        BackupParams backup = switch (origin) {
            case FILE -> spec.backup().orElseThrow();
            case ASSUMED -> BackupDefaults.assumed(it.designPowerW(), 0);
            case NONE -> BackupParams.NONE;
        };
        // Support loads scale with floor area, not IT power: the reason PUE falls as racks get denser.
        double whiteSpaceM2 = it.rackCount() * spec.site().whiteSpaceM2PerRack();
        double miscW = whiteSpaceM2 * spec.site().supportPowerWPerM2();
        // Batteries on float draw power all year: a loss of the backup, released in the electrical room.
        double standbyW = backup.floatLossW();
        CoolingPlant plant = PlantSizer.size(cooling, it.designPowerW(),
                sized.lossW(it.designPowerW(), HeatSink::toAirPlant) + miscW + standbyW,
                sized.lossW(it.designPowerW(), sink -> sink == HeatSink.RACK_LIQUID), it.rackCount());
        plant.liquid().flatMap(LiquidPath::chip).filter(chip -> chip.marginK() < 0).ifPresent(chip -> warnings.add(String.format(
                Locale.ROOT, "the hottest chip runs at %.1f °C, %.1f K above its case limit of %.1f °C at design load; the "
                + "facility water must be at most %.1f °C (cooling.liquid.chip)", chip.caseTempC(), -chip.marginK(),
                chip.caseLimitC(), chip.warmestFacilitySupplyC())));
        plant.liquid().ifPresent(liquid -> catalogueCoolantWarnings(spec.it().groups(), liquid.secondarySupplyTempC(), warnings));
        SimulationWindow window = new SimulationWindow(spec.simulation().startDay(), spec.simulation().days(),
                spec.simulation().stepS());
        SiteModel model = SiteModel.builder().name(spec.name()).weather(weather).itLoad(it).powerChain(sized).cooling(plant)
                .miscPowerW(miscW).standbyLossW(standbyW).window(window).whiteSpaceM2(whiteSpaceM2).build();
        if (origin == BackupParams.Origin.ASSUMED) {
            backup = BackupDefaults.assumed(it.designPowerW(), DesignPoint.facilityPowerW(model));
        }
        return new CompiledScenario(s, model, backup, origin, economics, standards, warnings);
    }

    /** A checkpoint profile's relations: the dip inside the interval, a campaign's job and idle time given together. */
    private static void campaignIssues(LoadedScenario s, List<Issue> issues) {
        ScenarioSpec spec = s.spec();
        for (int g = 0; g < spec.it().groups().size(); g++) {
            RackGroupSpec group = spec.it().groups().get(g);
            String at = "it.groups[" + g + "].profile.";
            if (group.profile() instanceof CheckpointProfileSpec c) {
                if (!(c.dipS() < c.intervalS())) {
                    issues.add(s.issueAt(at + "dip_s", String.format(Locale.ROOT, "a checkpoint must end "
                            + "before the next one starts (expected less than interval_s %s s, found %s s)", c.intervalS(), c.dipS())));
                }
                if (c.jobS().isPresent() != c.gapS().isPresent()) {
                    issues.add(s.issueAt(at + (c.jobS().isPresent() ? "job_h" : "idle_between_jobs_h"), "a campaign needs both "
                            + "(expected job_h and idle_between_jobs_h together, found one)"));
                } else if (c.jobS().isEmpty() && c.idleFraction().isPresent()) {
                    issues.add(s.issueAt(at + "idle_fraction", "applies between jobs (expected job_h and idle_between_jobs_h "
                            + "beside it, found neither)"));
                } else if (c.jobS().isPresent() && c.idleFraction().isEmpty() && group.catalogRack().isEmpty()) {
                    issues.add(s.issueAt(at + "job_h", "no draw between jobs (expected idle_fraction, or a group that names a "
                            + "catalogue system, found neither)"));
                }
            }
        }
    }

    /** Heat a stage sends to the rack's liquid needs a liquid loop. */
    private static void heatSinkIssues(LoadedScenario s, List<StageTemplate> templates, CoolingParams cooling, List<Issue> issues) {
        for (int k = 0; k < templates.size() && !cooling.technology().hasLiquidLoop(); k++) {
            if (templates.get(k).heatSink() == HeatSink.RACK_LIQUID) {
                issues.add(s.issueAt("power.stages[" + k + "].heat_to", "no liquid loop to take this heat with air cooling "
                        + "(expected outdoors, electrical_room or white_space, found rack_liquid)"));
            }
        }
    }

    /**
     * The supplies a catalogue rack is built with, when its vendor publishes them and the group keeps
     * the rack's own kind of supply: shelves per rack, or supplies per server × servers.
     */
    private static Optional<ChainSizer.VendorSupplies> vendorSupplies(RackGroupSpec g, RackSupply supply) {
        return g.catalogRack().filter(r -> r.supply() == supply && r.supplyUnits().isPresent() && !Double.isNaN(r.supplyUnitW()))
                .map(r -> new ChainSizer.VendorSupplies(r.supplyUnits().getAsInt() * r.servers().orElse(1), r.supplyUnitW()));
    }

    /** A catalogue rack fed warmer coolant than its vendor allows still runs in the model, but the design does not hold. */
    private static void catalogueCoolantWarnings(List<RackGroupSpec> groups, double supplyC, List<String> warnings) {
        for (RackGroupSpec g : groups) {
            g.catalogRack().ifPresent(rack -> rack.coolantSupplyMaxC().stream().filter(maxC -> supplyC > maxC).forEach(maxC ->
                    warnings.add(String.format(Locale.ROOT, "group %s: coolant reaches its racks at %.1f °C, above the %.1f °C "
                            + "its catalogue system allows (%s); lower cooling.liquid.facility_supply_temp_c", g.name(), supplyC,
                            maxC, rack.sourceOf("coolant_supply_max_c")))));
        }
    }

    /** The limits the cooling package publishes: air per rack, air and water classes, coil temperatures. */
    private static void coolingIssues(LoadedScenario s, List<Issue> issues, List<String> warnings) {
        CoolingParams c = s.spec().cooling();
        AirPathParams air = c.air();
        AirClass cls = air.airClass();
        if (!cls.allows(air.supplyAirTempC())) {
            issues.add(s.issueAt("cooling.air.supply_air_temp_c", String.format(Locale.ROOT,
                    "outside the ASHRAE %s allowable range (expected %.0f to %.0f °C, found %s °C)", cls.key(),
                    cls.allowableMinC(), cls.allowableMaxC(), air.supplyAirTempC())));
        } else if (!AirClass.recommends(air.supplyAirTempC())) {
            warnings.add(String.format(Locale.ROOT, "cooling.air.supply_air_temp_c %.1f °C is outside the ASHRAE "
                    + "recommended %.0f-%.0f °C (allowed for %s, at some cost in IT reliability and fan power)",
                    air.supplyAirTempC(), AirClass.RECOMMENDED_MIN_C, AirClass.RECOMMENDED_MAX_C, cls.key()));
        }
        if (air.chilledWaterSupplyTempC() >= air.supplyAirTempC()) {
            issues.add(s.issueAt("cooling.air.chilled_water_supply_temp_c", String.format(Locale.ROOT,
                    "a coil cannot cool air with warmer water (expected below the supply air %.1f °C, found %.1f °C)",
                    air.supplyAirTempC(), air.chilledWaterSupplyTempC())));
        }
        List<RackGroupSpec> groups = s.spec().it().groups();
        for (int g = 0; g < groups.size(); g++) {
            double airW = c.rackAirHeatW(groups.get(g).rackPowerW());
            if (airW > air.maxRackAirW()) {
                issues.add(s.issueAt("it.groups[" + g + "].rack_power_kw", String.format(Locale.ROOT,
                        "%s cooling leaves %.1f kW per rack to air, more than air can remove (expected ≤ %.0f kW, "
                        + "cooling.air.max_rack_air_kw); choose a liquid technology, raise the capture fraction or "
                        + "spread the load over more racks", c.technology().key(), Units.wToKw(airW), Units.wToKw(air.maxRackAirW()))));
            }
        }
        c.liquid().ifPresent(l -> {
            Coolant fluid = l.coolant();
            double supplyC = l.facilitySupplyTempC() + l.cduApproachK();
            double returnC = supplyC + l.loopDeltaTK();
            if (fluid.properties() instanceof PetroleumFluid p && !(p.viscosity100Cst() < p.viscosity40Cst())) {
                issues.add(s.issueAt("cooling.liquid.coolant.viscosity_100c_mm2_per_s", String.format(Locale.ROOT,
                        "a liquid thins as it warms (expected less than the 40 °C value %s mm²/s, found %s mm²/s)",
                        p.viscosity40Cst(), p.viscosity100Cst())));
            }
            if (!fluid.twoPhase() && supplyC < fluid.properties().minTempC()) {
                issues.add(s.issueAt("cooling.liquid.coolant", String.format(Locale.ROOT, "%s is only modelled from %.1f °C "
                        + "(its freezing or pour point), but the loop supplies it at %.1f °C (facility supply + CDU approach); "
                        + "choose a fluid that stays liquid or warmer water (expected a supply ≥ %.1f °C, found %.1f °C)",
                        fluid.key(), fluid.properties().minTempC(), supplyC, fluid.properties().minTempC(), supplyC)));
            }
            if (!fluid.twoPhase() && returnC > fluid.properties().maxTempC()) {
                issues.add(s.issueAt("cooling.liquid.coolant", String.format(Locale.ROOT, "%s is only modelled up to %.1f °C, "
                        + "but the loop returns it at %.1f °C (facility supply + CDU approach + loop rise) (expected a return "
                        + "≤ %.1f °C, found %.1f °C)", fluid.key(), fluid.properties().maxTempC(), returnC,
                        fluid.properties().maxTempC(), returnC)));
            }
            l.hydraulics().ifPresent(h -> {
                int bad = h.firstNonIncreasingPoint();
                if (bad >= 0) {
                    issues.add(s.issueAt("cooling.liquid.hydraulics.branch_curve[" + bad + "].flow_l_per_min", String.format(
                            Locale.ROOT, "flows must increase from point to point (expected more than %.6g L/min, found %.6g L/min)",
                            Units.m3PerSToLitrePerMin(h.branchPoints().get(bad - 1).flowM3PerS()),
                            Units.m3PerSToLitrePerMin(h.branchPoints().get(bad).flowM3PerS()))));
                }
            });
            if (l.facilitySupplyTempC() > l.facilityWaterClass().maxSupplyC()) {
                String fit = Arrays.stream(FacilityWaterClass.values()).filter(w -> w.maxSupplyC() >= l.facilitySupplyTempC())
                        .findFirst().map(w -> "; for water this warm, set cooling.liquid.facility_water_class: " + w.key())
                        .orElse("");
                issues.add(s.issueAt("cooling.liquid.facility_supply_temp_c", String.format(Locale.ROOT,
                        "above the ASHRAE %s class maximum (expected ≤ %.0f °C, found %s °C)%s", l.facilityWaterClass().key(),
                        l.facilityWaterClass().maxSupplyC(), l.facilitySupplyTempC(), fit)));
            }
        });
    }

    /**
     * The same scenario with another preset architecture (preset options kept), made by editing the
     * written document, so that its echo in reports shows the architecture that ran.
     */
    public static CompiledScenario compileWithArchitecture(LoadedScenario s, Architecture architecture) throws ScenarioException {
        Location here = new Location("--architectures " + architecture.key(), 0, 0);
        Map<String, Node> sets = new LinkedHashMap<>();
        sets.put("name", new Node.ScalarNode(here, Optional.of(s.spec().name() + "-" + architecture.key())));
        sets.put("power.architecture", new Node.ScalarNode(here, Optional.of(architecture.key())));
        return compile(ScenarioVariants.with(s, sets, List.of("power.stages", "sweep")));
    }

    private static WeatherSeries weather(LoadedScenario s, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.WeatherSpec w = s.spec().site().weather();
        if (w instanceof ConstantWeather c) {
            return WeatherSeries.constant(c.dryBulbC(), c.relativeHumidity(), Units.kpaToPa(c.pressureKpa()), HOURS_PER_YEAR);
        }
        Path file = s.file().toAbsolutePath().getParent().resolve(((EpwWeather) w).file()).normalize();
        try {
            EpwReader.Result r = WeatherCache.read(file);
            r.warnings().forEach(msg -> warnings.add(file.getFileName() + ": " + msg));
            return r.series();
        } catch (EpwFormatException e) {
            issues.add(s.issueAt("site.weather.file", e.getMessage()));
            return WeatherSeries.constant(20, 0.5, Units.STANDARD_PRESSURE_PA, HOURS_PER_YEAR);
        }
    }

    /** Training with checkpoints, and, with jobs, idle gaps between them at the file's or the catalogue rack's idle draw. */
    private static LoadProfile checkpointOrCampaign(CheckpointProfileSpec c, RackGroupSpec g) {
        CheckpointProfile training = new CheckpointProfile(c.intervalS(), c.dipS(), c.dipFraction());
        Optional<Double> idle = c.idleFraction().or(() -> g.catalogRack().map(r -> r.idleFraction()));
        if (c.jobS().isEmpty() || c.gapS().isEmpty() || idle.isEmpty()) {
            return training; // a half-given campaign is refused with the file's other problems
        }
        return new CampaignProfile(training, c.jobS().get(), c.gapS().get(), idle.get());
    }

    /** Rack groups in SI, without the fans the cooling technology removes (rack_power_kw describes racks as sold). */
    private static ItLoad itLoad(LoadedScenario s, List<Issue> issues) {
        ScenarioSpec spec = s.spec();
        List<RackGroup> groups = new ArrayList<>();
        for (int i = 0; i < spec.it().groups().size(); i++) {
            RackGroupSpec g = spec.it().groups().get(i);
            double rackItW = spec.cooling().rackItPowerW(g.rackPowerW());
            LoadProfile profile = g.profile() instanceof DiurnalProfileSpec d ? new DiurnalProfile(d.minFraction(), d.peakHour())
                    // a dip as long as its interval is refused below, with the other problems of the file
                    : g.profile() instanceof CheckpointProfileSpec c && c.dipS() < c.intervalS()
                            ? checkpointOrCampaign(c, g)
                    : g.profile() instanceof TraceProfileSpec t
                            ? SeriesFiles.annualTrace(s, t.file(), "it.groups[" + i + "].profile.file", t.unit(),
                                    g.racks() * rackItW * g.utilization(), issues).map(LoadProfile.class::cast)
                                    .orElse(new ConstantProfile())
                    : new ConstantProfile();
            groups.add(new RackGroup(g.name(), g.racks(), rackItW, g.utilization(), profile));
        }
        return new ItLoad(groups);
    }

    /** Stage templates from the grid to the chips: the preset's, or the file's own. */
    static List<StageTemplate> stageTemplates(ScenarioSpec spec) {
        var power = spec.power();
        if (power.architecture().isPresent()) {
            return power.architecture().get().stagesFromGrid(new Architecture.Options(power.redundancy(),
                    power.feeder().orElse(Architecture.Feeder.DEFAULT)));
        }
        List<StageTemplate> out = new ArrayList<>();
        for (StageSpec st : power.stages()) {
            boolean inRack = st.inRack().orElse(st.kind().inRackByDefault());
            HeatSink sink = st.heatTo().orElse(inRack ? HeatSink.RACK : st.kind().defaultFacilitySink());
            out.add(new StageTemplate(st.name(), st.kind(), recipe(st), sink, inRack));
        }
        return out;
    }

    private static StageRecipe recipe(StageSpec st) {
        if (st.conductor().isPresent()) {
            return st.conductor().get();
        }
        LossModel perUnit;
        if (st.lossTerms().isPresent()) {
            var t = st.lossTerms().get();
            perUnit = new LossTerms(t.noLoadFraction(), t.proportionalFraction(), t.quadraticFraction(), "scenario file");
        } else {
            double[] x = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::loadFraction).toArray();
            double[] eta = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::efficiency).toArray();
            perUnit = new TabulatedEfficiency(x, eta, "scenario file");
        }
        return new StageRecipe.Converter(perUnit, st.unitRatingW().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                st.redundancy(), st.units().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }
}
