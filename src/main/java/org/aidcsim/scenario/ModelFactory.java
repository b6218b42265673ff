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
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
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
import org.aidcsim.scenario.schema.Issue;
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
        PowerChain chain = sizeChain(s, templates, designItW, issues);
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        double miscW = spec.site().miscPowerFraction() * designItW;
        double designAirLossW = 0;
        double flowW = designItW;
        for (PowerStage stage : chain.stages()) {
            double loss = stage.lossW(flowW);
            if (stage.heatSink().cooledByAirPlant()) {
                designAirLossW += loss;
            }
            flowW += loss;
        }
        CoolingPlant cooling = coolingPlant(spec.cooling(), designItW, designAirLossW + miscW);
        SimulationWindow window = new SimulationWindow(spec.simulation().startDay(), spec.simulation().days(),
                spec.simulation().stepS());
        SiteModel model = new SiteModel(spec.name(), weather, it, chain, cooling, miscW, window);
        return new CompiledScenario(s, model, warnings);
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
            EpwReader.Result r = EpwReader.read(file);
            r.warnings().forEach(msg -> warnings.add(file.getFileName() + ": " + msg));
            return r.series();
        } catch (EpwFormatException e) {
            issues.add(s.issueAt("site.weather.file", e.getMessage()));
            return WeatherSeries.constant(20, 0.5, Units.STANDARD_PRESSURE_PA, HOURS_PER_YEAR);
        }
    }

    private static ItLoad itLoad(ScenarioSpec spec) {
        List<RackGroup> groups = new ArrayList<>();
        for (RackGroupSpec g : spec.it().groups()) {
            LoadProfile profile = g.profile() instanceof DiurnalProfileSpec d
                    ? new DiurnalProfile(d.minFraction(), d.peakHour())
                    : new ConstantProfile();
            groups.add(new RackGroup(g.name(), g.racks(), Units.kwToW(g.rackPowerKw()), g.utilization(), profile));
        }
        return new ItLoad(groups);
    }

    private static List<StageTemplate> stageTemplates(ScenarioSpec spec) {
        if (spec.power().architecture().isPresent()) {
            return spec.power().architecture().get().stagesFromGrid();
        }
        List<StageTemplate> out = new ArrayList<>();
        for (StageSpec st : spec.power().stages()) {
            out.add(new StageTemplate(st.name(), lossModel(st), st.heatTo()));
        }
        return out;
    }

    private static LossModel lossModel(StageSpec st) {
        if (st.lossTerms().isPresent()) {
            var t = st.lossTerms().get();
            return new LossTerms(t.noLoadFraction(), t.proportionalFraction(), t.quadraticFraction(), "scenario file");
        }
        double[] x = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::loadFraction).toArray();
        double[] eta = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::efficiency).toArray();
        return new TabulatedEfficiency(x, eta, "scenario file");
    }

    /**
     * Sizes stages from the racks back to the grid: a stage's design output is the design input of
     * the stage below it; its rating is that output / design load fraction unless the file rates it.
     */
    private static PowerChain sizeChain(LoadedScenario s, List<StageTemplate> fromGrid, double designItW, List<Issue> issues) {
        ScenarioSpec spec = s.spec();
        List<PowerStage> fromLoad = new ArrayList<>();
        double designOutW = designItW;
        for (int k = fromGrid.size() - 1; k >= 0; k--) {
            StageTemplate t = fromGrid.get(k);
            Optional<Double> ratedKw = spec.power().stages().isEmpty() ? Optional.empty() : spec.power().stages().get(k).ratedPowerKw();
            double ratedW = ratedKw.map(Units::kwToW).orElse(Math.max(designOutW, 1.0) / spec.power().designLoadFraction());
            if (ratedW < designOutW) {
                issues.add(s.issueAt("power.stages[" + k + "].rated_power_kw", String.format(java.util.Locale.ROOT,
                        "stage \"%s\" is rated below its design load (expected ≥ %.1f kW, found %.1f kW)",
                        t.name(), Units.wToKw(designOutW), Units.wToKw(ratedW))));
            }
            PowerStage stage = t.rated(ratedW);
            fromLoad.add(stage);
            designOutW += stage.lossW(designOutW);
        }
        return new PowerChain(fromLoad);
    }

    /**
     * @param designItW design IT power (W)
     * @param designOtherAirHeatW design power-chain losses and misc loads released into cooled air (W)
     */
    static CoolingPlant coolingPlant(CoolingSpec c, double designItW, double designOtherAirHeatW) {
        HeatRejectionSpec hr = c.heatRejection();
        AirSpec air = c.air();
        Chiller chiller = new Chiller(hr.chillerCarnotFraction(), hr.chillerEvaporatorApproachK(),
                hr.chillerCondenserApproachK(), Chiller.DEFAULT_MIN_LIFT_K);
        double capture = c.liquid().map(LiquidSpec::captureFraction).orElse(0.0);

        double airHeatW = designItW * (1 - capture) + designOtherAirHeatW;
        AffinityMover crah = AffinityMover.forDuty(airHeatW, Coolant.AIR.flowM3PerS(airHeatW, air.crahAirDeltaTK()),
                air.crahPressurePa(), air.crahFanEfficiency(), hr.minSpeedFraction());
        double chwHeatW = airHeatW + crah.designPowerW();
        HeatRejectionLoop chilledWater = loop(hr, chiller, chwHeatW, air.chilledWaterSupplyTempC(), air.chilledWaterDeltaTK(),
                air.chilledWaterPumpHeadKpa());

        Optional<LiquidPath> liquid = c.liquid().map(l -> {
            double liquidHeatW = designItW * l.captureFraction();
            Coolant coolant = c.technology() == CoolingTechnology.COLD_PLATE ? Coolant.WATER : Coolant.DIELECTRIC_PAO;
            AffinityMover loopPumps = AffinityMover.forDuty(liquidHeatW, coolant.flowM3PerS(liquidHeatW, l.loopDeltaTK()),
                    Units.kpaToPa(l.loopPumpHeadKpa()), hr.pumpEfficiency(), hr.minSpeedFraction());
            HeatRejectionLoop facility = loop(hr, chiller, liquidHeatW + loopPumps.designPowerW(), l.facilitySupplyTempC(),
                    l.facilityDeltaTK(), l.facilityPumpHeadKpa());
            return new LiquidPath(l.captureFraction(), loopPumps, facility, l.cduApproachK(), coolant, l.loopDeltaTK());
        });
        return new CoolingPlant(c.technology(), crah, chilledWater, liquid);
    }

    private static HeatRejectionLoop loop(HeatRejectionSpec hr, Chiller chiller, double designHeatW, double supplyC,
            double deltaTK, double pumpHeadKpa) {
        AffinityMover pump = AffinityMover.forDuty(designHeatW, Coolant.WATER.flowM3PerS(designHeatW, deltaTK),
                Units.kpaToPa(pumpHeadKpa), hr.pumpEfficiency(), hr.minSpeedFraction());
        double rejectedW = designHeatW + pump.designPowerW();
        AffinityMover fans = new AffinityMover(rejectedW, rejectedW * hr.dryCoolerFanWPerKw() / 1000.0, hr.minSpeedFraction());
        return new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), hr.dryCoolerApproachK(), fans, chiller, pump);
    }
}
