package org.aidcsim.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.StudyReport;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.weather.Psychrometrics;
import org.aidcsim.weather.WeatherSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study end to end: a study with nothing uncertain is its single run, the seed fixes every figure, bad input is located. */
class StudyTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: epw, file: ../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}}
            it: {groups: [{name: gpu, racks: 16, rack_power_kw: 100, utilization: 0.8}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate, liquid: {facility_supply_temp_c: 30}}
            economics: {electricity_price_per_kwh: 0.1}
            simulation: {days: 30}
            study:
              samples: %d
              seed: 11
            %s
            """;

    private static StudyPlan plan(int samples, String inputs) throws ScenarioException {
        return StudyPlan.read(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"), HALL.formatted(samples, inputs)),
                Optional.empty(), Optional.empty());
    }

    private static StudyRecorder run(StudyPlan plan, int threads) throws Exception {
        StudyRun run = new StudyRun(plan);
        StudyRecorder r = new StudyRecorder(run);
        run.run(threads, i -> { }, r);
        return r;
    }

    @Test
    void aStudyWithNothingUncertainHasItsSingleRunAsEveryPercentile() throws Exception {
        StudyPlan plan = plan(9, "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: discrete, values: [0.8]}}]");
        StudyRecorder r = run(plan, 2);
        double single = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"),
                HALL.formatted(9, "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: discrete, values: [0.8]}}]"))),
                false).values().value(Metric.PUE);
        StudySummary.Stats pue = r.stats().stream().filter(s -> s.metric() == Metric.PUE).findFirst().orElseThrow();
        assertEquals(single, pue.p50(), 0.0, "P50 of a deterministic study is its single run");
        assertEquals(single, pue.p10(), 0.0);
        assertEquals(single, pue.p90(), 0.0);
        assertEquals(9, pue.count());
    }

    @Test
    void theSeedFixesEverySampleWhateverTheThreads(@TempDir Path dir) throws Exception {
        String inputs = """
                  sampling: sobol
                  inputs:
                    - {path: 'it.groups[0].utilization', distribution: {type: triangular, min: 0.5, mode: 0.8, max: 0.95}}
                    - {path: cooling.liquid.facility_supply_temp_c, distribution: {type: uniform, min: 20, max: 32}}
                    - {path: economics.electricity_price_per_kwh, distribution: {type: lognormal, median: 0.08, sigma: 0.3}}
                """;
        StudyRecorder one = run(plan(24, inputs), 1);
        StudyRecorder two = run(plan(24, inputs), 2);
        StudyReport.writeCsv(dir.resolve("a.csv"), one);
        StudyReport.writeCsv(dir.resolve("b.csv"), two);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
        assertEquals(0, one.failed());
        // warmer facility water, less chiller work: the tornado says so with a negative rank correlation
        StudySummary.Swing water = one.tornado(Metric.PUE).stream().filter(s -> s.input().equals(
                "cooling.liquid.facility_supply_temp_c")).findFirst().orElseThrow();
        assertTrue(water.spearman() < 0 && water.swing() < 0, water.toString());
        StudySummary.Swing price = one.tornado(Metric.TCO).get(0);
        assertEquals("economics.electricity_price_per_kwh", price.input(), "the power price moves the TCO most");
    }

    @Test
    void samplesBuiltBySubstitutionAreTheSamplesValidatedWhole() throws Exception {
        Path file = Path.of("scenarios", "study-cold-plate.yaml");
        String text = Files.readString(file) + "simulation: {days: 31}\n";
        StudyPlan plan = StudyPlan.read(ScenarioLoader.parse(file, text), Optional.of(12), Optional.empty());
        assertTrue(plan.shortcut().isPresent(), "weather files, load, water temperature and price each change only themselves");
        StudyRun run = new StudyRun(plan);
        for (int i = 0; i < 12; i++) {
            var fast = run.sample(i, true);
            var whole = run.sample(i, false);
            assertEquals(whole.values(), fast.values());
            for (Metric m : Metric.values()) {
                assertEquals(whole.metrics().orElseThrow().value(m), fast.metrics().orElseThrow().value(m), 0.0, "sample " + i + " " + m);
            }
        }
    }

    @Test
    void badInputIsReportedWhereItWasWritten() {
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> plan(5,
                "  inputs: [{path: 'it.groups[0].utilisation', distribution: {type: uniform, min: 0.5, max: 0.9}}]"));
        assertEquals("study.inputs[0].path", unknown.issues().get(0).path(), unknown.issues().toString());
        ScenarioException beyond = assertThrows(ScenarioException.class, () -> plan(5,
                "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: uniform, min: 0.5, max: 1.5}}]"));
        assertTrue(beyond.issues().get(0).message().contains("1.5"), beyond.issues().get(0).message());
        ScenarioException weights = assertThrows(ScenarioException.class, () -> plan(5,
                "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: discrete, values: [0.5, 0.7], weights: [1]}}]"));
        assertEquals("study.inputs[0].distribution", weights.issues().get(0).path());
        assertTrue(weights.issues().get(0).location().line() > 0, "located in the file");
        ScenarioException racks = assertThrows(ScenarioException.class, () -> plan(5,
                "  inputs: [{path: 'it.groups[0].racks', distribution: {type: uniform, min: 8, max: 20}}]"));
        // a continuous draw at a whole-number field is refused at its extremes, where the input is written
        assertTrue(racks.issues().get(0).message().contains("whole number"), racks.issues().toString());
        assertEquals(11, racks.issues().get(0).location().line());
    }

    @Test
    void aLatinHypercubeIsBoundedByItsDrawsAndSobolGoesToABillion() throws Exception {
        String input = "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: uniform, min: 0.5, max: 0.9}}]";
        ScenarioException lhs = assertThrows(ScenarioException.class, () -> plan(30_000_000, input));
        assertEquals("study.samples", lhs.issues().get(0).path());
        assertTrue(lhs.issues().get(0).message().contains("sobol or random"), lhs.issues().get(0).message());
        StudyPlan sobol = plan(StudyPlan.MAX_SAMPLES, input + "\n  sampling: sobol");
        // a billion samples hold no points: any sample is computed from its number
        StudyRun run = new StudyRun(sobol);
        double u = run.inputs(StudyPlan.MAX_SAMPLES - 1)[0];
        assertTrue(u >= 0.5 && u <= 0.9, "the last sample's utilization " + u);
    }

    @Test
    void aRecorderOfAStudyTooLargeToHoldKeepsItsFirstSamples(@TempDir Path dir) throws Exception {
        StudyPlan plan = plan(10, "  inputs: [{path: 'it.groups[0].utilization', distribution: {type: uniform, min: 0.5, max: 0.9}}]");
        StudyRecorder all = run(plan, 2);
        StudyRun run = new StudyRun(plan);
        StudyRecorder thinned = new StudyRecorder(run, 4);
        run.run(1, i -> { }, new Sweep.Sink<Sweep.Variant>() {
            @Override
            public Sweep.Variant prepare(Sweep.Variant v) {
                return v;
            }

            @Override
            public void accept(Sweep.Variant v) {
                if (v.index() < 4) {
                    thinned.accept(v);
                }
            }
        });
        assertEquals(4, thinned.rows(), "samples 0 to 3");
        assertFalse(thinned.holdsAll());
        assertEquals(all.values(Metric.PUE)[3], thinned.values(Metric.PUE)[3], 0.0);
        assertArrayEquals(all.labels(2), thinned.labels(2));
        assertThrows(IllegalArgumentException.class, () -> thinned.accept(new Sweep.Variant(5, List.of("x"), Optional.empty(), "")));
        StudyReport.writeCsv(dir.resolve("thinned.csv"), thinned);
        List<String> lines = Files.readAllLines(dir.resolve("thinned.csv"));
        assertEquals(5, lines.size(), "a header and four rows");
        assertEquals(List.of("0", "1", "2", "3"), lines.subList(1, 5).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void aWarmedYearKeepsItsRelativeHumidityAndRaisesItsPue() throws Exception {
        var loaded = ScenarioLoader.load(Path.of("scenarios", "ai-hall-cold-plate.yaml"));
        WeatherSeries year = SiteCompiler.compile(loaded).model().weather();
        WeatherSeries warm = year.warmed(2.0);
        for (int h = 0; h < year.hours(); h += 97) {
            assertEquals(year.dryBulbC(h) + 2.0, warm.dryBulbC(h), 1e-12);
            assertEquals(Psychrometrics.relativeHumidity(year.dryBulbC(h), Math.min(year.dewPointC(h), year.dryBulbC(h))),
                    Psychrometrics.relativeHumidity(warm.dryBulbC(h), warm.dewPointC(h)), 1e-6, "hour " + h);
        }
        String text = Files.readString(Path.of("scenarios", "ai-hall-cold-plate.yaml")).replace("CSWD.epw",
                "CSWD.epw\n    warming_k: 2");
        double base = Evaluation.of(SiteCompiler.compile(loaded), false).values().value(Metric.PUE);
        double warmed = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "warm.yaml"), text)), false)
                .values().value(Metric.PUE);
        assertTrue(warmed > base, base + " → " + warmed);
    }
}
