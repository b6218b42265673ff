package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.weather.WeatherSeries;
import org.junit.jupiter.api.Test;

/** The plant's graph: its two ways of stepping agree, its totals are its components' figures, its pumps follow their laws. */
class PlantGraphTest {
    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static SiteModel model(Path file) throws Exception {
        return SiteCompiler.compile(ScenarioLoader.load(file)).model();
    }

    /**
     * Every example in its default topology runs the unrolled path (a reshaped one, the general
     * loop); the general loop over the same components must give the same figures, bit for bit,
     * both ways' totals must be what the components' declared figures add up to, and heat must
     * balance.
     */
    @Test
    void theUnrolledDefaultAndTheGeneralLoopAgreeAndTotalsAreTheFiguresSummed() throws Exception {
        for (Path file : examples()) {
            SiteModel m = model(file);
            PlantGraph graph = m.cooling().graph();
            PlantGraph general = graph.general();
            boolean reshaped = !m.cooling().graph().nodes().stream().map(n -> n.component().name()).toList()
                    .equals(PlantSizer.defaultComponents(m.cooling().liquid().isPresent(),
                            m.cooling().liquid().flatMap(LiquidPath::heatReuse).isPresent()));
            assertEquals(!reshaped, graph.unrolled(), file + ": a default topology runs unrolled, a reshaped one the general loop");
            WeatherSeries w = m.weather();
            CoolingStep fast = new CoolingStep();
            CoolingStep slow = new CoolingStep();
            double itW = m.designItPowerW();
            for (int h = 0; h < w.hours(); h += 37) {
                double load = itW * (0.3 + 0.7 * (h % 11) / 10.0);
                double liquid = m.cooling().liquid().isPresent() ? 0.8 * load : 0;
                graph.step(load - liquid + 2e5, liquid, w.dryBulbC(h), w.wetBulbC(h), w.dewPointC(h), fast);
                general.step(load - liquid + 2e5, liquid, w.dryBulbC(h), w.wetBulbC(h), w.dewPointC(h), slow);
                double[] a = new double[fast.savedSize()];
                double[] b = new double[slow.savedSize()];
                fast.saveTo(a, 0);
                slow.saveTo(b, 0);
                // every component's figures bit for bit (past them, the general loop's scratch of inflows); the
                // totals to rounding, the two ways adding the same figures in another order
                int totals = CoolingStep.Total.values().length;
                assertArrayEquals(Arrays.copyOfRange(b, totals, graph.figuresEnd()), Arrays.copyOfRange(a, totals, graph.figuresEnd()),
                        file + " hour " + h);
                for (int t = 0; t < totals; t++) {
                    assertEquals(b[t], a[t], 1e-12 * Math.max(1, Math.abs(b[t])), file + " hour " + h + " total " + t);
                }
                // heat in and every watt drawn leave outdoors or to the heat user, whichever way the plant is stepped
                for (CoolingStep s : List.of(fast, slow)) {
                    double in = s.heatToAirW() + s.heatToLiquidW() + s.totalW();
                    assertEquals(in, s.heatRejectedW() + s.heatExportedW(), 1e-9 * in, file + " hour " + h + ": heat balance");
                }
                double[] byMeaning = graph.totalsByMeaning(fast);
                for (int t = 0; t < byMeaning.length; t++) {
                    assertEquals(byMeaning[t], fast.total(CoolingStep.Total.values()[t]), 1e-12 * Math.max(1, Math.abs(byMeaning[t])),
                            file + " hour " + h + " " + CoolingStep.Total.values()[t]);
                }
            }
        }
    }

    /** The four laws at half flow, by the formulas of docs/models.md; the floor; nothing when idle. */
    @Test
    void pumpsFollowTheirControlLaws() {
        double designW = 10_000;
        double heatW = 1e6;
        // A turbulent loop (no viscous share): P_d·q³ following the load.
        assertEquals(0.125 * designW, new Pump("p", PumpControl.FOLLOWS_LOAD, heatW, designW, 0, 0.2).powerW(0.5 * heatW), 1e-9);
        // Half viscous: P_d·q·(0.5·q + 0.5·q²) = 10 000 × 0.5 × (0.25 + 0.125).
        assertEquals(1875, new Pump("p", PumpControl.FOLLOWS_LOAD, heatW, designW, 0.5, 0.2).powerW(0.5 * heatW), 1e-9);
        assertEquals(0.5 * designW, new Pump("p", PumpControl.CONSTANT_PRESSURE, heatW, designW, 0, 0.2).powerW(0.5 * heatW), 1e-9);
        assertEquals(0.375 * designW, new Pump("p", PumpControl.PROPORTIONAL_PRESSURE, heatW, designW, 0, 0.2).powerW(0.5 * heatW),
                1e-9);
        assertEquals(designW, new Pump("p", PumpControl.CONSTANT_SPEED, heatW, designW, 0, 0.2).powerW(0.5 * heatW), 1e-9);
        // Below the minimum flow the pump holds it: 10 % of the heat runs at 40 % flow.
        assertEquals(0.4 * designW, new Pump("p", PumpControl.CONSTANT_PRESSURE, heatW, designW, 0, 0.4).powerW(0.1 * heatW), 1e-9);
        for (PumpControl law : PumpControl.values()) {
            assertEquals(0.0, new Pump("p", law, heatW, designW, 0, 0.2).powerW(0), law + " idle");
            assertEquals(designW, new Pump("p", law, heatW, designW, 0.3, 0.2).powerW(heatW), 1e-9, law + " at design");
        }
    }

    /**
     * A hall whose load swings each day: the CDU pumps' energy under constant pressure is the sum
     * over hours of P_d · q, q the hour's liquid heat over the design liquid heat (at least the
     * minimum flow); the facility-water pump at constant speed draws its design power every hour.
     */
    @Test
    void aScenarioChoosesEachPumpsLaw() throws Exception {
        String yaml = """
                name: pump-laws
                site:
                  weather: {type: constant, dry_bulb_c: 25}
                it:
                  groups: [{name: gpu, racks: 20, rack_power_kw: 100, profile: {type: diurnal, min_fraction: 0.4}}]
                power: {architecture: hvdc-240v}
                cooling:
                  technology: cold_plate
                  plant:
                    pumps:
                      cdu_pumps: {control: constant_pressure}
                      facility_water_pump: {control: constant_speed}
                simulation: {days: 10}
                """;
        SiteModel m = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/pump-laws.yaml"), yaml)).model();
        PlantGraph g = m.cooling().graph();
        AnnualRun run = AnnualRun.of(m);
        AnnualMetrics a = run.metrics();
        List<String> names = g.nodes().stream().map(n -> n.component().name()).toList();
        double hours = 240;
        Pump cduPumps = (Pump) g.node(PlantSizer.CDU_PUMPS).orElseThrow().component();
        double expectedJ = 0;
        double lowest = 1;
        for (int k = 0; k < run.series().size(); k++) {
            double q = run.series().get(StepSeries.Column.HEAT_TO_LIQUID_W, k) / cduPumps.designHeatW();
            lowest = Math.min(lowest, q);
            expectedJ += cduPumps.designPowerW() * Math.max(cduPumps.minFlowFraction(), q) * 3600;
        }
        assertTrue(lowest < 0.6, "the load swings: lowest flow " + lowest);
        assertEquals(expectedJ, run.componentEnergyJ().get(names.indexOf(PlantSizer.CDU_PUMPS)), 1e-9 * expectedJ);
        Pump facility = (Pump) g.node(PlantSizer.FACILITY_WATER_PUMP).orElseThrow().component();
        assertEquals(facility.designPowerW() * hours * 3600, run.componentEnergyJ().get(names.indexOf(PlantSizer.FACILITY_WATER_PUMP)),
                1e-9 * facility.designPowerW() * hours * 3600);
        assertEquals(PumpControl.FOLLOWS_LOAD, ((Pump) g.node(PlantSizer.CHILLED_WATER_PUMP).orElseThrow().component()).law(),
                "a pump the file does not name keeps following the load");
    }
}
