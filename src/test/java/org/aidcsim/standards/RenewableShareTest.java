package org.aidcsim.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REF (ISO/IEC 30134-3) from on-site generation used hour by hour and certified grid energy; hourly inputs by hour of year. */
class RenewableShareTest {
    @TempDir
    Path dir;

    @Test
    void onsiteGenerationCountsWhatTheSiteUses() {
        // 1 MW all day; the plant makes 0.5 MW for 12 hours and 2 MW for 12: the site uses 0.5 and 1 MW of it,
        // 0.75 of its energy; a 40 % certified share of the 0.25 from the grid brings REF to 0.85.
        double[] facility = new double[24];
        Arrays.fill(facility, 1e6);
        double[] onsite = new double[8760];
        for (int h = 0; h < 24; h++) {
            onsite[h] = h < 12 ? 0.5e6 : 2e6;
        }
        assertEquals(0.75, RenewableShare.ref(facility, 3600, 0, onsite, RenewableShare.constant(0)), 1e-12);
        assertEquals(0.75 + 0.4 * 0.25, RenewableShare.ref(facility, 3600, 0, onsite, RenewableShare.constant(0.4)), 1e-12);
        assertEquals(0.0, RenewableShare.ref(facility, 3600, 24, onsite, RenewableShare.constant(0)), 1e-12,
                "day 2 of the year has no generation here");
        // An hourly certified share: 100 % in the first 12 hours, 0 after; on-site covers half the first hours anyway.
        double[] certified = new double[8760];
        Arrays.fill(certified, 0, 12, 1.0);
        assertEquals((12 * 1.0 + 12 * 1.0) / 24, RenewableShare.ref(facility, 3600, 0, onsite, certified), 1e-12,
                "first half: on-site 0.5 + certified 0.5; second half: on-site covers it all");
    }

    @Test
    void hourlyFilesAreReadAtTheRunsOwnHours() throws Exception {
        // Generation and carbon files that differ on day 2 only: a one-day run from day 2 must see day 2's values.
        StringBuilder gen = new StringBuilder("kw\n");
        StringBuilder carbon = new StringBuilder("g_co2_per_kwh\n");
        for (int h = 0; h < 8760; h++) {
            boolean day2 = h >= 24 && h < 48;
            gen.append(day2 ? "100000" : "0").append('\n');
            carbon.append(day2 ? "100" : "900").append('\n');
        }
        Files.writeString(dir.resolve("gen.csv"), gen);
        Files.writeString(dir.resolve("carbon.csv"), carbon);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                name: day-two
                site: {weather: {type: constant, dry_bulb_c: 15}}
                it: {groups: [{name: srv, racks: 10, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                economics: {grid_carbon_file: carbon.csv}
                standards: {onsite_generation_file: gen.csv}
                simulation: {start_day: 2, days: 1}
                """);
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(file)), false, 0);
        assertEquals(1.0, e.values().value(Metric.REF), 1e-12, "100 MW of generation covers the whole site on day 2");
        double facilityMwhPerYear = e.values().value(Metric.FACILITY_ENERGY_MWH) * 365;
        assertEquals(facilityMwhPerYear * 100 / 1e3, e.values().value(Metric.CARBON_T_PER_YEAR), 1e-6,
                "day 2's 100 g/kWh, not day 1's 900");
    }
}
