package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.LossTerms;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.cooling.AffinityMover;
import org.aidcsim.cooling.AirPath;
import org.aidcsim.cooling.CoolingTower;
import org.aidcsim.cooling.DryCooler;
import org.aidcsim.cooling.Chiller;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.cooling.HeatRejectionLoop;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.engine.SimulationWindow;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.it.ConstantProfile;
import org.aidcsim.it.DiurnalProfile;
import org.aidcsim.it.ItLoad;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.RackGroup;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.RackChain;
import org.aidcsim.power.SizingException;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.power.StageTemplate;
import org.aidcsim.scenario.ScenarioSpec.AirSpec;
import org.aidcsim.scenario.ScenarioSpec.ConstantWeather;
import org.aidcsim.scenario.ScenarioSpec.CoolingSpec;
import org.aidcsim.scenario.ScenarioSpec.DiurnalProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.EpwWeather;
import org.aidcsim.scenario.ScenarioSpec.HeatRejectionSpec;
import org.aidcsim.scenario.ScenarioSpec.LiquidSpec;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import java.util.Map;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.units.Units;
import org.aidcsim.weather.EpwFormatException;
import org.aidcsim.weather.EpwReader;
import org.aidcsim.weather.WeatherSeries;

/**
 * Turns a validated scenario into a sized {@link SiteModel}: reads the weather, converts user
 * units to SI, sizes each power stage from the design IT load, and sizes fans, pumps and dry
 * coolers from the design heat of each path.
 */
public final class ModelFactory {
    private static final int HOURS_PER_YEAR = 8760;

    private ModelFactory() {
    }

    public static CompiledScenario compile(LoadedScenario s) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ScenarioSpec spec = s.spec();
        WeatherSeries weather = weather(s, issues, warnings);
        ItLoad it = itLoad(spec);
        double designItW = it.designPowerW();
        List<StageTemplate> templates = stageTemplates(spec);
        PowerChain chain = sizeChain(s, templates, it, issues);
        coolingIssues(s, it, issues, warnings);
        if (!spec.cooling().technology().hasLiquidLoop()) {
            for (int k = 0; k < templates.size(); k++) {
                if (templates.get(k).heatSink() == HeatSink.RACK_LIQUID) {
                    issues.add(s.issueAt("power.stages[" + k + "].heat_to", "no liquid loop to take this heat with air cooling "
                            + "(expected outdoors, electrical_room or white_space, found rack_liquid)"));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        // Support loads scale with floor area, not IT power: the reason PUE falls as racks get denser.
        double miscW = it.rackCount() * spec.site().whiteSpaceM2PerRack() * spec.site().supportPowerWPerM2();
        double designAirLossW = 0;
        double designLiquidLossW = 0;
        double flowW = designItW;
        for (PowerStage stage : chain.stages()) {
            double loss = stage.lossW(flowW);
            if (stage.heatSink().toAirPlant()) {
                designAirLossW += loss;
            } else if (stage.heatSink() == HeatSink.RACK_LIQUID) {
                designLiquidLossW += loss;
            }
            flowW += loss;
        }
        double designStandbyW = spec.backup().flatMap(ScenarioSpec.BackupSpec::battery).map(b -> battery(b).floatLossW()).orElse(0.0);
        CoolingPlant cooling = coolingPlant(spec.cooling(), designItW, designAirLossW + miscW + designStandbyW, designLiquidLossW,
                it.rackCount());
        SimulationWindow window = new SimulationWindow(spec.simulation().startDay(), spec.simulation().days(),
                spec.simulation().stepS());
        // Batteries on float draw power all year: a loss of the backup, released in the electrical room.
        double standbyW = spec.backup().flatMap(ScenarioSpec.BackupSpec::battery).map(b -> battery(b).floatLossW()).orElse(0.0);
        SiteModel model = new SiteModel(spec.name(), weather, it, chain, cooling, miscW, standbyW, window);
        return new CompiledScenario(s, model, warnings);
    }

    /** A battery from its spec, chemistry defaults filling what the spec leaves out. */
    static org.aidcsim.backup.Battery battery(ScenarioSpec.BatterySpec b) {
        var c = b.chemistry();
        double energyJ = b.energyKwh() * 3.6e6;
        double ratingW = b.maxDischargeCRate() * energyJ / 3600.0;
        double floatW = b.floatLossFraction().orElse(c.floatLossFraction()) * ratingW;
        return new org.aidcsim.backup.Battery(energyJ, b.chargeEfficiency().orElse(c.chargeEfficiency()),
                b.dischargeEfficiency().orElse(b.chargeEfficiency().orElse(c.dischargeEfficiency())),
                b.peukertExponent().orElse(c.peukertExponent()), b.peukertReferenceHours(), b.maxDischargeCRate(),
                b.maxChargeCRate(), b.floorSoc(), floatW, b.initialSoc());
    }

    /** ASHRAE allowable supply-air range (°C) by class, TC 9.9 Thermal Guidelines (domain.md). */
    private static final java.util.Map<String, double[]> AIR_CLASS_ALLOWABLE_C = java.util.Map.of(
            "A1", new double[] {15, 32}, "A2", new double[] {10, 35}, "A3", new double[] {5, 40}, "A4", new double[] {5, 45});
    /** ASHRAE recommended supply-air range for every class (°C). */
    private static final double RECOMMENDED_MIN_C = 18;
    private static final double RECOMMENDED_MAX_C = 27;

    /** Limits of the cooling technology: air per rack, air and water classes, coil temperatures. */
    private static void coolingIssues(LoadedScenario s, ItLoad it, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.CoolingSpec c = s.spec().cooling();
        AirSpec air = c.air();
        double[] allowable = AIR_CLASS_ALLOWABLE_C.get(air.ashraeClass());
        if (air.supplyAirTempC() < allowable[0] || air.supplyAirTempC() > allowable[1]) {
            issues.add(s.issueAt("cooling.air.supply_air_temp_c", String.format(java.util.Locale.ROOT,
                    "outside the ASHRAE %s allowable range (expected %.0f to %.0f °C, found %s °C)", air.ashraeClass(),
                    allowable[0], allowable[1], air.supplyAirTempC())));
        } else if (air.supplyAirTempC() < RECOMMENDED_MIN_C || air.supplyAirTempC() > RECOMMENDED_MAX_C) {
            warnings.add(String.format(java.util.Locale.ROOT, "cooling.air.supply_air_temp_c %.1f °C is outside the ASHRAE "
                    + "recommended 18-27 °C (allowed for %s, at some cost in IT reliability and fan power)",
                    air.supplyAirTempC(), air.ashraeClass()));
        }
        if (air.chilledWaterSupplyTempC() >= air.supplyAirTempC()) {
            issues.add(s.issueAt("cooling.air.chilled_water_supply_temp_c", String.format(java.util.Locale.ROOT,
                    "a coil cannot cool air with warmer water (expected below the supply air %.1f °C, found %.1f °C)",
                    air.supplyAirTempC(), air.chilledWaterSupplyTempC())));
        }
        double capture = c.liquid().map(LiquidSpec::captureFraction).orElse(0.0);
        double keep = 1 - c.liquid().filter(LiquidSpec::removeServerFans).map(LiquidSpec::serverFanPowerFraction).orElse(0.0);
        var groups = s.spec().it().groups();
        for (int g = 0; g < groups.size(); g++) {
            double airKw = groups.get(g).rackPowerKw() * keep * (1 - capture);
            if (airKw > air.maxRackAirKw()) {
                issues.add(s.issueAt("it.groups[" + g + "].rack_power_kw", String.format(java.util.Locale.ROOT,
                        "%s cooling leaves %.1f kW per rack to air, more than air can remove (expected ≤ %.0f kW, "
                        + "cooling.air.max_rack_air_kw; domain.md: 20-30 kW with good containment); use cold_plate, "
                        + "immersion or spray, or raise the capture fraction", c.technology().key(), airKw, air.maxRackAirKw())));
            }
        }
        c.liquid().ifPresent(l -> {
            if (l.facilitySupplyTempC() > l.classMaxSupplyC()) {
                issues.add(s.issueAt("cooling.liquid.facility_supply_temp_c", String.format(java.util.Locale.ROOT,
                        "above the ASHRAE %s class maximum (expected ≤ %.0f °C, found %s °C)", l.facilityWaterClass(),
                        l.classMaxSupplyC(), l.facilitySupplyTempC())));
            }
        });
    }

    /**
     * The same scenario with another preset architecture (preset options kept), made by editing the
     * written document, so that its echo in reports shows the architecture that ran.
     */
    public static CompiledScenario compileWithArchitecture(LoadedScenario s, Architecture architecture) throws ScenarioException {
        Location here = new Location("--architectures " + architecture.key(), 0, 0);
        Map<String, Node> sets = new java.util.LinkedHashMap<>();
        sets.put("name", new Node.ScalarNode(here, Optional.of(s.spec().name() + "-" + architecture.key())));
        sets.put("power.architecture", new Node.ScalarNode(here, Optional.of(architecture.key())));
        return compile(ScenarioVariants.with(s, sets, List.of("power.stages", "sweep")));
    }

    private static WeatherSeries weather(LoadedScenario s, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.WeatherSpec w = s.spec().site().weather();
        if (w instanceof ConstantWeather c) {
            return WeatherSeries.constant(c.dryBulbC(), c.relativeHumidity(), Units.kpaToPa(c.pressureKpa()), HOURS_PER_YEAR);
        }
        EpwWeather epw = (EpwWeather) w;
        Path base = s.file().toAbsolutePath().getParent();
        Path file = base.resolve(epw.file()).normalize();
        try {
            EpwReader.Result r = WeatherCache.read(file);
            r.warnings().forEach(msg -> warnings.add(file.getFileName() + ": " + msg));
            return r.series();
        } catch (EpwFormatException e) {
            issues.add(s.issueAt("site.weather.file", e.getMessage()));
            return WeatherSeries.constant(20, 0.5, Units.STANDARD_PRESSURE_PA, HOURS_PER_YEAR);
        }
    }

    /**
     * Rack groups in SI. Immersion and spray run servers without fans: rack_power_kw describes the
     * servers as sold, so their fans' share leaves the IT load.
     */
    private static ItLoad itLoad(ScenarioSpec spec) {
        double keep = 1 - spec.cooling().liquid().filter(LiquidSpec::removeServerFans)
                .map(LiquidSpec::serverFanPowerFraction).orElse(0.0);
        List<RackGroup> groups = new ArrayList<>();
        for (RackGroupSpec g : spec.it().groups()) {
            LoadProfile profile = g.profile() instanceof DiurnalProfileSpec d
                    ? new DiurnalProfile(d.minFraction(), d.peakHour())
                    : new ConstantProfile();
            groups.add(new RackGroup(g.name(), g.racks(), Units.kwToW(g.rackPowerKw()) * keep, g.utilization(), profile));
        }
        return new ItLoad(groups);
    }

    /** Stage templates from the grid to the chips. */
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
            ScenarioSpec.ConductorSpec c = st.conductor().get();
            double pf = c.system() == DistributionSystem.DC ? 1.0 : c.powerFactor();
            return new StageRecipe.Conductor(c.material(), c.system(), c.voltageV(), pf, c.lengthM(),
                    c.crossSectionMm2().map(OptionalDouble::of).orElse(OptionalDouble.empty()), c.voltageDropFraction(),
                    c.parallelRuns(), c.temperatureC());
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
        return new StageRecipe.Converter(perUnit,
                st.unitRatingKw().map(kw -> OptionalDouble.of(Units.kwToW(kw))).orElse(OptionalDouble.empty()),
                st.redundancy(), st.units().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /**
     * Sizes facility stages from the racks back to the grid (a stage's design output is the design
     * input of the stage below it) and in-rack stages per rack group on the rack's peak input.
     */
    private static PowerChain sizeChain(LoadedScenario s, List<StageTemplate> fromGrid, ItLoad it, List<Issue> issues) {
        double dlf = s.spec().power().designLoadFraction();
        List<PowerStage> facility = new ArrayList<>();
        double designOutW = it.designPowerW();
        for (int k = fromGrid.size() - 1; k >= 0; k--) {
            StageTemplate t = fromGrid.get(k);
            if (t.inRack()) {
                continue;
            }
            PowerStage stage = sized(s, t, k, designOutW, dlf, issues);
            if (stage != null) {
                facility.add(stage);
                designOutW += stage.lossW(designOutW);
            }
        }
        List<RackChain> rackChains = new ArrayList<>();
        for (RackGroup g : it.groups()) {
            List<PowerStage> perRack = new ArrayList<>();
            for (int k = 0; k < fromGrid.size(); k++) {
                StageTemplate t = fromGrid.get(k);
                if (t.inRack()) {
                    // Sized on the rack's peak input: a few percent above the stage's true output, so conservative.
                    PowerStage stage = sized(s, t, k, g.rackPowerW() * g.utilization(), dlf, issues);
                    if (stage != null) {
                        perRack.add(stage);
                    }
                }
            }
            rackChains.add(new RackChain(g.racks(), perRack));
        }
        if (!issues.isEmpty()) {
            return new PowerChain(List.of(), List.of());
        }
        return new PowerChain(facility, rackChains);
    }

    private static PowerStage sized(LoadedScenario s, StageTemplate t, int index, double designOutW, double dlf, List<Issue> issues) {
        try {
            return t.size(designOutW, dlf);
        } catch (SizingException e) {
            String path = s.spec().power().stages().isEmpty() ? "power.architecture" : "power.stages[" + index + "]." + e.field();
            issues.add(s.issueAt(path, "stage \"" + t.name() + "\" " + e.getMessage()));
            return null;
        }
    }

    /**
     * @param designItW design IT power (W)
     * @param designOtherAirHeatW design power-chain losses and misc loads released into cooled air (W)
     * @param designOtherLiquidHeatW design power-chain losses released into the liquid loop (W)
     * @param racks racks in the hall, for per-rack inventories
     */
    static CoolingPlant coolingPlant(CoolingSpec c, double designItW, double designOtherAirHeatW, double designOtherLiquidHeatW,
            int racks) {
        HeatRejectionSpec hr = c.heatRejection();
        AirSpec air = c.air();
        double capture = c.liquid().map(LiquidSpec::captureFraction).orElse(0.0);

        double airHeatW = designItW * (1 - capture) + designOtherAirHeatW;
        AffinityMover crah = AffinityMover.forDuty(airHeatW, Coolant.AIR.flowM3PerS(airHeatW, air.crahAirDeltaTK()),
                air.crahPressurePa(), air.crahFanEfficiency(), hr.minSpeedFraction());
        double chwHeatW = airHeatW + crah.designPowerW();
        HeatRejectionLoop chilledWater = loop(hr, chwHeatW, air.chilledWaterSupplyTempC(), air.chilledWaterDeltaTK(),
                air.chilledWaterPumpHeadKpa());
        // ASHRAE TC 9.9 recommended dew-point band for outdoor air: -9 to 15 °C.
        AirPath airPath = new AirPath(crah, chilledWater, air.supplyAirTempC(), air.supplyAirTempC() + air.crahAirDeltaTK(),
                air.airsideEconomizer(), -9.0, 15.0);

        Optional<LiquidPath> liquid = c.liquid().map(l -> {
            double liquidHeatW = designItW * l.captureFraction() + designOtherLiquidHeatW;
            Coolant coolant = switch (c.technology()) {
                case COLD_PLATE -> Coolant.WATER;
                case IMMERSION_TWO_PHASE -> Coolant.TWO_PHASE_FLUOROKETONE;
                default -> Coolant.DIELECTRIC_PAO;
            };
            AffinityMover loopPumps = AffinityMover.forDuty(liquidHeatW, coolant.flowM3PerS(liquidHeatW, l.loopDeltaTK()),
                    Units.kpaToPa(l.loopPumpHeadKpa()), hr.pumpEfficiency(), hr.minSpeedFraction());
            HeatRejectionLoop facility = loop(hr, liquidHeatW + loopPumps.designPowerW(), l.facilitySupplyTempC(),
                    l.facilityDeltaTK(), l.facilityPumpHeadKpa());
            double cduW = Units.kwToW(l.cduCapacityKw());
            int cdusNeeded = (int) Math.max(1, Math.ceil(liquidHeatW / cduW - 1e-9));
            return new LiquidPath(l.captureFraction(), loopPumps, facility, l.cduApproachK(), coolant, l.loopDeltaTK(), cduW,
                    l.cduRedundancy().installed(cdusNeeded), racks * l.fluidVolumeLPerRack() / 1000.0);
        });
        double fansRemoved = c.liquid().filter(LiquidSpec::removeServerFans).map(LiquidSpec::serverFanPowerFraction).orElse(0.0);
        return new CoolingPlant(c.technology(), airPath, liquid, fansRemoved);
    }

    /** A water loop with its pump and the plant's heat rejection, sized on {@code designHeatW}. */
    private static HeatRejectionLoop loop(HeatRejectionSpec hr, double designHeatW, double supplyC, double deltaTK,
            double pumpHeadKpa) {
        AffinityMover pump = AffinityMover.forDuty(designHeatW, Coolant.WATER.flowM3PerS(designHeatW, deltaTK),
                Units.kpaToPa(pumpHeadKpa), hr.pumpEfficiency(), hr.minSpeedFraction());
        double waterHeatW = designHeatW + pump.designPowerW();
        if (hr.coolingTower()) {
            Chiller chiller = new Chiller(hr.waterCooledChillerCarnotFraction(), hr.chillerEvaporatorApproachK(),
                    hr.waterCooledCondenserApproachK(), Chiller.DEFAULT_MIN_LIFT_K);
            // Towers are sized on the heat of a chiller carrying the whole load at a typical COP of 6.
            double towerHeatW = waterHeatW * (1 + 1 / 6.0);
            AffinityMover fans = new AffinityMover(towerHeatW, towerHeatW * hr.towerFanWPerKw() / 1000.0, hr.minSpeedFraction());
            AffinityMover condenserPump = AffinityMover.forDuty(towerHeatW, Coolant.WATER.flowM3PerS(towerHeatW, hr.towerRangeK()),
                    Units.kpaToPa(hr.condenserPumpHeadKpa()), hr.pumpEfficiency(), hr.minSpeedFraction());
            CoolingTower tower = new CoolingTower(hr.towerApproachK(), hr.towerRangeK(), hr.hxApproachK(),
                    hr.cyclesOfConcentration(), fans, condenserPump);
            return new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), tower, chiller, pump);
        }
        Chiller chiller = new Chiller(hr.chillerCarnotFraction(), hr.chillerEvaporatorApproachK(), hr.chillerCondenserApproachK(),
                Chiller.DEFAULT_MIN_LIFT_K);
        AffinityMover fans = new AffinityMover(waterHeatW, waterHeatW * hr.dryCoolerFanWPerKw() / 1000.0, hr.minSpeedFraction());
        DryCooler dry = new DryCooler(hr.dryCoolerApproachK(), fans, deltaTK + hr.dryCoolerApproachK());
        return new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), dry, chiller, pump);
    }

}
